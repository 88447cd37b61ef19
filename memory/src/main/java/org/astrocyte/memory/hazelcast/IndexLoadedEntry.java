package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.astrocyte.memory.store.EpisodeJson;

/**
 * Indexes an entry that reached its owner without passing through {@link StoreEpisode}: loaded from the database
 * at start, or moved here by a migration (whose partition was dropped from the index first). Entries must be
 * written through {@link HazelcastEpisodicMemory}: one set on the map directly is not seen while its key is held. Runs
 * on the partition's thread, so no write to the same key interleaves.
 */
final class IndexLoadedEntry extends OnOwningMember implements EntryProcessor<String, String, Void>, ReadOnly {

    private static final long serialVersionUID = 1L;


    IndexLoadedEntry(String mapName) {
        super(mapName);
    }

    @Override
    public Void process(Map.Entry<String, String> entry) {
        MemberEpisodeIndex index = index();
        // An entry already held was indexed by the write that stored it, on this same partition thread.
        if (entry.getValue() != null && !index.holds(entry.getKey())) {
            index.put(entry.getKey(), EpisodeJson.read(entry.getKey(), entry.getValue()));
        }
        return null;
    }

    @Override
    public EntryProcessor<String, String, Void> getBackupProcessor() {
        return null;
    }
}
