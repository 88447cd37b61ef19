package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.astrocyte.simulator.spec.Stdp;

/**
 * Pair-based STDP ({@link Stdp}): a trace per source and per target, decayed exactly each step; a source spike
 * depresses its outgoing weights by the target traces, a target spike potentiates its incoming weights by the
 * source traces (found through an index of incoming synapses per target).
 */
class StdpSynapses extends PlasticSynapses {

    final Stdp rule;
    private final double sourceDecay;
    private final double targetDecay;
    private final double[] sourceTrace;
    private final double[] targetTrace;
    private final int[] incomingStart;
    private final int[] incoming;

    StdpSynapses(PlasticTable table, SourceLayout layout, Stdp rule, double dtMs) {
        super(table, layout);
        this.rule = rule;
        this.sourceDecay = Math.exp(-dtMs / rule.tauPlusMs());
        this.targetDecay = Math.exp(-dtMs / rule.tauMinusMs());
        this.sourceTrace = new double[sourceSize];
        this.targetTrace = new double[targetSize];
        this.incomingStart = new int[targetSize + 1];
        for (int t : target) {
            incomingStart[t + 1]++;
        }
        for (int t = 0; t < targetSize; t++) {
            incomingStart[t + 1] += incomingStart[t];
        }
        this.incoming = new int[size()];
        int[] cursor = incomingStart.clone();
        for (int k = 0; k < size(); k++) {
            incoming[cursor[target[k]]++] = k;
        }
    }

    @Override
    void decay() {
        for (int s = 0; s < sourceSize; s++) {
            sourceTrace[s] *= sourceDecay;
        }
        for (int t = 0; t < targetSize; t++) {
            targetTrace[t] *= targetDecay;
        }
    }

    @Override
    final void onSourceSpike(int source) {
        sourceTrace[source] += 1.0;
        for (int k = rowStart[source]; k < rowStart[source + 1]; k++) {
            pair(k, rule.depression(weight[k], targetTrace[target[k]]));
        }
    }

    @Override
    final void onTargetSpike(int t) {
        targetTrace[t] += 1.0;
        for (int i = incomingStart[t]; i < incomingStart[t + 1]; i++) {
            int k = incoming[i];
            pair(k, rule.potentiation(weight[k], sourceTrace[source[k]]));
        }
    }

    /** Applies the change {@code delta} that a pairing asks of synapse {@code k}. */
    void pair(int k, double delta) {
        weight[k] = rule.clip(weight[k] + delta);
    }

    @Override
    void save(DataOutput out) throws IOException {
        super.save(out);
        StateArrays.write(out, sourceTrace);
        StateArrays.write(out, targetTrace);
    }

    @Override
    void load(DataInput in) throws IOException {
        super.load(in);
        StateArrays.read(in, sourceTrace, "STDP source traces");
        StateArrays.read(in, targetTrace, "STDP target traces");
    }
}
