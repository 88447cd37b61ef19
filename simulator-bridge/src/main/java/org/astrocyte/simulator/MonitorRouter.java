package org.astrocyte.simulator;

import java.util.Arrays;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SourceLayout;
import org.astrocyte.simulator.engine.SpikeBuffer;

/** Hands each spike of a step to the monitors of its population or input; costs nothing while none exists. */
final class MonitorRouter {

    private static final SpikeMonitor[] NONE = new SpikeMonitor[0];

    private final SourceLayout layout;
    private final SpikeMonitor[][] byGroup;
    private boolean active;

    MonitorRouter(SourceLayout layout) {
        this.layout = layout;
        this.byGroup = new SpikeMonitor[layout.groups().size()][];
        Arrays.fill(byGroup, NONE);
    }

    void add(SourceGroup group, SpikeMonitor monitor) {
        int g = layout.groupIndexOf(group.offset());
        byGroup[g] = Arrays.copyOf(byGroup[g], byGroup[g].length + 1);
        byGroup[g][byGroup[g].length - 1] = monitor;
        active = true;
    }

    /** Records the spikes of the step that ended at step count {@code stepEnd}. */
    void record(SpikeBuffer spikes, long stepEnd) {
        if (!active) {
            return;
        }
        for (int i = 0; i < spikes.size(); i++) {
            int source = spikes.get(i);
            int g = layout.groupIndexOf(source);
            SpikeMonitor[] monitors = byGroup[g];
            if (monitors.length > 0) {
                int local = source - layout.groups().get(g).offset();
                for (SpikeMonitor monitor : monitors) {
                    monitor.record(stepEnd, local);
                }
            }
        }
    }
}
