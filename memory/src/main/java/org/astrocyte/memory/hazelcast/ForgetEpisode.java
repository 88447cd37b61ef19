package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/** Removes an episode on the member that owns its key, and from that member's index; answers whether it existed. */
final class ForgetEpisode implements EntryProcessor<String, String, Boolean>, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String mapName;
    private transient HazelcastInstance hazelcast;

    ForgetEpisode(String mapName) {
        this.mapName = mapName;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public Boolean process(Map.Entry<String, String> entry) {
        boolean existed = entry.getValue() != null;
        entry.setValue(null);
        MemberEpisodeIndex.of(hazelcast, mapName).remove(entry.getKey());
        return existed;
    }

    @Override
    public EntryProcessor<String, String, Boolean> getBackupProcessor() {
        return new RemoveBackup();
    }

    /** Removes the value on a backup replica. */
    record RemoveBackup() implements EntryProcessor<String, String, Boolean> {

        @Override
        public Boolean process(Map.Entry<String, String> entry) {
            entry.setValue(null);
            return null;
        }
    }
}
