package org.astrocyte.memory.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;

/**
 * Work shipped to the member that owns some episodes (an entry processor or a recall task): it carries the map's
 * name and, once Hazelcast has injected the member, reaches that member's {@link MemberEpisodeIndex}.
 */
abstract class OnOwningMember implements Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String mapName;
    private transient HazelcastInstance hazelcast;

    OnOwningMember(String mapName) {
        this.mapName = mapName;
    }

    @Override
    public final void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** The index of the map on the member this runs on. */
    final MemberEpisodeIndex index() {
        return MemberEpisodeIndex.of(hazelcast, mapName);
    }
}
