package org.astrocyte.scenarios.bench.memory;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;

/**
 * The baseline of the text-recall measurement: LangChain4j's {@link InMemoryEmbeddingStore}, which answers a query
 * by scoring every stored embedding by cosine similarity, so its results are exact.
 */
final class InMemoryStoreBaseline {

    private final InMemoryEmbeddingStore<Void> store = new InMemoryEmbeddingStore<>();

    /** Stores every vector under its item number. */
    InMemoryStoreBaseline(List<float[]> stored) {
        for (int item = 0; item < stored.size(); item++) {
            store.add(Integer.toString(item), Embedding.from(stored.get(item)));
        }
    }

    /** The item numbers of the {@code k} stored vectors most similar to {@code query}, best first. */
    int[] top(float[] query, int k) {
        List<EmbeddingMatch<Void>> matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(k).minScore(0.0).build()).matches();
        int[] items = new int[matches.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Integer.parseInt(matches.get(i).embeddingId());
        }
        return items;
    }
}
