package org.astrocyte.memory.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeJson;

/**
 * Writes an episode on the member that owns its key and indexes it there before the write returns. Its backup
 * processor only sets the value: backups are not indexed, their member indexes them if it becomes the owner.
 */
final class StoreEpisode extends OnOwningMember implements EntryProcessor<String, String, Void> {

    private static final long serialVersionUID = 1L;

    private final String json;

    StoreEpisode(String mapName, String json) {
        super(mapName);
        this.json = json;
    }

    @Override
    public Void process(Map.Entry<String, String> entry) {
        Episode episode = EpisodeJson.read(entry.getKey(), json);
        entry.setValue(json);
        index().put(entry.getKey(), episode);
        return null;
    }

    @Override
    public EntryProcessor<String, String, Void> getBackupProcessor() {
        return new SetBackup(json);
    }

    /** Sets the value on a backup replica. */
    record SetBackup(String json) implements EntryProcessor<String, String, Void> {

        @Override
        public Void process(Map.Entry<String, String> entry) {
            entry.setValue(json);
            return null;
        }
    }
}
