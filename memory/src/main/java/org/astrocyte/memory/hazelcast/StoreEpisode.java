package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeJson;

/**
 * Writes an episode on the member that owns its key and indexes it there before the write returns. Its backup
 * processor only sets the value: backups are not indexed, their member indexes them if it becomes the owner.
 */
final class StoreEpisode implements EntryProcessor<String, String, Void>, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String mapName;
    private final String json;
    private transient HazelcastInstance hazelcast;

    StoreEpisode(String mapName, String json) {
        this.mapName = mapName;
        this.json = json;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public Void process(Map.Entry<String, String> entry) {
        Episode episode = EpisodeJson.read(entry.getKey(), json);
        entry.setValue(json);
        MemberEpisodeIndex.of(hazelcast, mapName).put(entry.getKey(), episode);
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
