package org.astrocyte.memory.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/** Removes an episode on the member that owns its key, and from that member's index; answers whether it existed. */
final class ForgetEpisode extends OnOwningMember implements EntryProcessor<String, String, Boolean> {

    private static final long serialVersionUID = 1L;


    ForgetEpisode(String mapName) {
        super(mapName);
    }

    @Override
    public Boolean process(Map.Entry<String, String> entry) {
        boolean existed = entry.getValue() != null;
        entry.setValue(null);
        index().remove(entry.getKey());
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
