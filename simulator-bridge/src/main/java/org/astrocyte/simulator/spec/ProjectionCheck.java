package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Checks one projection against the network: its ends, sizes against the connectivity, delays against dt, and that
 * a plastic projection ends on a population that spikes.
 */
final class ProjectionCheck {

    private final NetworkSpecValidator network;
    private final String owner;
    private final ProjectionSpec projection;

    ProjectionCheck(NetworkSpecValidator network, String owner, ProjectionSpec projection) {
        this.network = network;
        this.owner = owner;
        this.projection = projection;
    }

    void run() {
        int sources = network.sourceSize(owner, projection.source());
        PopulationSpec target = network.target(owner, projection.target());
        int targets = target.size();
        boolean recurrent = projection.source().equals(projection.target());
        checkDelay();
        checkPlasticity(target);
        Connectivity c = projection.connectivity();
        if (c instanceof Connectivity.OneToOne && sources != targets) {
            throw new InvalidNetworkException(owner + ": one-to-one connectivity needs equal sizes, got " + sources
                    + " (" + projection.source() + ") and " + targets + " (" + projection.target() + ")");
        }
        if (c instanceof Connectivity.FixedInDegree in) {
            int available = sources - (recurrent && !in.autapses() ? 1 : 0);
            if (in.k() > available) {
                throw new InvalidNetworkException(owner + ": in-degree " + in.k() + " is more than the " + available
                        + " distinct sources available");
            }
        }
        if (c instanceof Connectivity.FixedOutDegree out) {
            int available = targets - (recurrent && !out.autapses() ? 1 : 0);
            if (out.k() > available) {
                throw new InvalidNetworkException(owner + ": out-degree " + out.k() + " is more than the " + available
                        + " distinct targets available");
            }
        }
        if (c instanceof Connectivity.Dense dense && (dense.sources() != sources || dense.targets() != targets)) {
            throw new InvalidNetworkException(owner + ": dense matrix is " + dense.sources() + "x" + dense.targets()
                    + " but the projection is " + sources + "x" + targets + " (sources x targets)");
        }
        if (c instanceof Connectivity.Explicit explicit) {
            List<Connectivity.Connection> connections = explicit.connections();
            for (int i = 0; i < connections.size(); i++) {
                Connectivity.Connection pair = connections.get(i);
                requireIndex(i, "source", pair.source(), sources, projection.source());
                requireIndex(i, "target", pair.target(), targets, projection.target());
            }
        }
    }

    private void checkDelay() {
        ValueSpec delay = projection.delayMs();
        if (delay instanceof ValueSpec.Constant constant) {
            network.wholeSteps(owner + ": delay", constant.value(), true);
        } else if (delay.lowest() < network.dtMs() && delay instanceof ValueSpec.Uniform) {
            throw new InvalidNetworkException(owner + ": delays from " + delay.describe() + " ms can be shorter than"
                    + " one step (dt " + network.dtMs() + " ms)");
        } else if (delay instanceof ValueSpec.Values values && values.lowest() < network.dtMs()) {
            throw new InvalidNetworkException(owner + ": delay " + values.lowest() + " ms is shorter than one step"
                    + " (dt " + network.dtMs() + " ms)");
        }
    }

    private void checkPlasticity(PopulationSpec target) {
        Plasticity rule = projection.plasticity();
        if (rule.isPlastic() && !target.model().spikes()) {
            throw new InvalidNetworkException(owner + ": " + rule.kind() + " needs a target that spikes, but '"
                    + target.name() + "' is a " + target.model().kind() + " population");
        }
        if (rule instanceof SynapticScaling scaling) {
            network.wholeSteps(owner + ": scaling period", scaling.periodMs(), true);
        }
    }

    private void requireIndex(int connection, String end, int index, int size, String name) {
        if (index >= size) {
            throw new InvalidNetworkException(owner + ": connection[" + connection + "] has " + end + " " + index
                    + ", outside 0.." + (size - 1) + " of '" + name + "'");
        }
    }
}
