package org.astrocyte.scenarios.bench.memory;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

/**
 * Keeps the embeddings of a list of sentences in a file, so that a benchmark embeds its corpus once (27 000 fortune
 * sentences take about 2 minutes on 2 cores) and later runs read them in well under a second.
 *
 * <p>A file is keyed by a SHA-256 hash of the model's name and the exact sentence list, and holds, little-endian:
 * the magic {@code ASTRVEC1}, the 32-byte key, the number of vectors, their dimension, the vectors as 32-bit floats
 * and a CRC-32C of all that. It is written to a temporary {@code .partial} file and then moved into place, so a
 * reader never sees half a file; a file that is truncated, corrupt or made for another key is recomputed and
 * replaced, never trusted. The vectors are the model's own output (not normalised here).
 *
 * <p>Sentences are embedded in batches of {@code batchSize} through {@link EmbeddingModel#embedAll}; the in-process
 * ONNX models spread a batch over the executor they were built with, which is where the number of threads is set.
 */
public final class EmbeddingCache {

    /** Sentences per {@code embedAll} call unless told otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    private static final byte[] MAGIC = "ASTRVEC1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int HEADER_BYTES = MAGIC.length + KEY_BYTES + 2 * Integer.BYTES;

    private final Path directory;
    private final int batchSize;

    /** A cache in {@code directory} (created when first written) embedding {@value #DEFAULT_BATCH_SIZE} at a time. */
    public EmbeddingCache(Path directory) {
        this(directory, DEFAULT_BATCH_SIZE);
    }

    /**
     * @param directory where the files are kept; created when first written
     * @param batchSize sentences per {@code embedAll} call, at least 1
     */
    public EmbeddingCache(Path directory, int batchSize) {
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.directory = directory;
        this.batchSize = batchSize;
    }

    /** {@code ~/.cache/astrocyte/embeddings}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "astrocyte", "embeddings");
    }

    /**
     * Embeddings read back or freshly computed.
     *
     * @param vectors one per sentence, in order
     * @param cached  whether they were read from a valid file rather than computed
     * @param file    the file that holds them
     */
    public record Embeddings(List<float[]> vectors, boolean cached, Path file) {
    }

    /**
     * The embeddings of {@code sentences} by {@code model}: read from the cache file if it is valid for this model
     * name and list, otherwise computed, written and returned.
     *
     * @param modelId   names the model and its version (a different name means a different file)
     * @param model     computes missing embeddings
     * @param sentences the sentences, none blank
     * @param progress  told the number of sentences embedded so far after every batch (not called on a hit)
     */
    public Embeddings embeddings(String modelId, EmbeddingModel model, List<String> sentences, LongConsumer progress)
            throws IOException {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId must not be blank");
        }
        if (model == null || sentences == null || progress == null) {
            throw new IllegalArgumentException("model, sentences and progress must not be null");
        }
        byte[] key = key(modelId, sentences);
        Path file = fileFor(modelId, key);
        List<float[]> read = readValid(file, key, sentences.size());
        if (read != null) {
            return new Embeddings(read, true, file);
        }
        List<float[]> vectors = compute(model, sentences, progress);
        write(file, key, vectors);
        return new Embeddings(vectors, false, file);
    }

    /** The file that holds (or would hold) the embeddings of {@code sentences} by the model {@code modelId}. */
    public Path fileFor(String modelId, List<String> sentences) {
        return fileFor(modelId, key(modelId, sentences));
    }

    private Path fileFor(String modelId, byte[] key) {
        String slug = modelId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
        return directory.resolve(slug + "-" + HexFormat.of().formatHex(key, 0, 8) + ".vec");
    }

    private List<float[]> compute(EmbeddingModel model, List<String> sentences, LongConsumer progress) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        int dimension = -1;
        for (int from = 0; from < sentences.size(); from += batchSize) {
            List<TextSegment> batch = new ArrayList<>(batchSize);
            for (String sentence : sentences.subList(from, Math.min(sentences.size(), from + batchSize))) {
                batch.add(TextSegment.from(sentence));
            }
            List<Embedding> embedded = model.embedAll(batch).content();
            if (embedded == null || embedded.size() != batch.size()) {
                throw new IllegalStateException("the model returned " + (embedded == null ? 0 : embedded.size())
                        + " embeddings for " + batch.size() + " sentences");
            }
            for (Embedding e : embedded) {
                float[] v = e.vector();
                if (dimension < 0) {
                    dimension = v.length;
                }
                if (v.length != dimension || dimension == 0) {
                    throw new IllegalStateException("the model returned embeddings of " + dimension + " and "
                            + v.length + " components");
                }
                vectors.add(v.clone());
            }
            progress.accept(vectors.size());
        }
        return vectors;
    }

    /** The vectors of {@code file}, or null if it is missing or not exactly a valid file for {@code key}. */
    private static List<float[]> readValid(Path file, byte[] key, int count) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (all.remaining() < HEADER_BYTES + Integer.BYTES) {
            return null;
        }
        byte[] magic = new byte[MAGIC.length];
        byte[] storedKey = new byte[KEY_BYTES];
        all.get(magic).get(storedKey);
        int storedCount = all.getInt();
        int dimension = all.getInt();
        long payload = (long) storedCount * dimension * Float.BYTES;
        if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(storedKey, key) || storedCount != count
                || dimension < 1 || all.capacity() != HEADER_BYTES + payload + Integer.BYTES) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(all.array(), 0, (int) (HEADER_BYTES + payload));
        if ((int) crc.getValue() != all.getInt((int) (HEADER_BYTES + payload))) {
            return null;
        }
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimension];
            all.asFloatBuffer().get(v);
            all.position(all.position() + dimension * Float.BYTES);
            vectors.add(v);
        }
        return vectors;
    }

    private void write(Path file, byte[] key, List<float[]> vectors) throws IOException {
        int dimension = vectors.isEmpty() ? 1 : vectors.get(0).length;
        long size = HEADER_BYTES + (long) vectors.size() * dimension * Float.BYTES + Integer.BYTES;
        if (size > Integer.MAX_VALUE) {
            throw new IOException("too many embeddings for one cache file: " + size + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put(key).putInt(vectors.size()).putInt(dimension);
        for (float[] v : vectors) {
            out.asFloatBuffer().put(v);
            out.position(out.position() + dimension * Float.BYTES);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        out.flip();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                channel.force(true);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** SHA-256 of the model name and every sentence, each preceded by its length so that no two lists collide. */
    static byte[] key(String modelId, List<String> sentences) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, modelId);
            ByteBuffer count = ByteBuffer.allocate(Integer.BYTES).putInt(sentences.size());
            sha.update(count.array());
            for (String sentence : sentences) {
                if (sentence == null || sentence.isBlank()) {
                    throw new IllegalArgumentException("sentences must not be null or blank");
                }
                update(sha, sentence);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
