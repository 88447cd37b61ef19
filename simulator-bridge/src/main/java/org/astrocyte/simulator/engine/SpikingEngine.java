package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The optimised engine: struct-of-arrays kernels per population, CSR synapses split into target blocks, a ring of
 * delay slots, and a fixed partition of the work over threads. The spikes of a step are delivered at the start of
 * the next one, overlapping its integration (see {@link #work(int)}); the effect is the same as delivering them at
 * once, because no delay is shorter than a step. Neurons are updated in fixed chunks whose spikes are
 * concatenated in chunk order, and each target sums its input in spike order, so the spikes are the same on 1 or N
 * threads. Nothing is allocated per step.
 */
public final class SpikingEngine implements Engine {

    private final double dtMs;
    private final SourceLayout layout;
    private final PopulationKernel[] kernels;
    private final NeuronChunk[] chunks;
    private final int[][] chunksOfWorker;
    private final SpikeBuffer[] chunkSpikes;
    private final PoissonSources poisson;
    private final SpikeTrainSources trains;
    private final CurrentSchedule currents;
    private final double[] injectedPa;
    private final double[] externalPa;
    private final SynapseBlock[] blocks;
    private final int[] rowStart;
    private final DelayRing ring;
    private final SpikeBuffer spikes;
    private final PlasticSynapses[] plastic;
    private final StepWorkers workers;
    private final StepWorkers.Task work = this::work;
    private final long fingerprint;
    private boolean deliveryPending;
    private long steps;
    private long events;

    SpikingEngine(CompiledNetwork network, int threads) {
        this.dtMs = network.dtMs();
        this.layout = network.layout();
        this.kernels = network.kernels();
        this.chunks = NeuronChunk.of(kernels);
        this.chunksOfWorker = NeuronChunk.assign(chunks, threads);
        this.chunkSpikes = new SpikeBuffer[chunks.length];
        for (int c = 0; c < chunks.length; c++) {
            chunkSpikes[c] = new SpikeBuffer(chunks[c].size());
        }
        this.poisson = network.poisson();
        this.trains = network.trains();
        this.currents = network.currents();
        this.injectedPa = new double[kernels.length];
        this.externalPa = new double[layout.neuronCount()];
        this.rowStart = network.synapses().rowStart();
        this.blocks = SynapseBlock.split(network.synapses(), NeuronChunk.bounds(layout.neuronCount(), threads));
        this.ring = new DelayRing(layout.neuronCount(), network.maxDelaySteps());
        this.plastic = network.plastic().stream().map(t -> PlasticSynapses.of(t, layout, dtMs))
                .toArray(PlasticSynapses[]::new);
        this.spikes = new SpikeBuffer(layout.sourceCount());
        this.workers = threads > 1 ? new StepWorkers(threads) : null;
        network.initialise(kernels);
        this.fingerprint = network.fingerprint();
    }

    @Override
    public void step() {
        currents.injectedPa(steps, injectedPa);
        if (workers == null) {
            work(0);
        } else {
            workers.runAll(work);
        }
        deliveryPending = false;
        spikes.clear();
        for (SpikeBuffer chunk : chunkSpikes) {
            spikes.addAll(chunk);
        }
        poisson.draw(spikes, layout.neuronCount());
        trains.emit(steps, spikes);
        for (PlasticSynapses projection : plastic) {
            events += projection.step(spikes, ring);
        }
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int source = spikes.get(i);
            events += rowStart[source + 1] - rowStart[source];
        }
        deliveryPending = spikes.size() > 0;
        ring.advance();
        steps++;
    }

    /**
     * One worker's share of a step: first it delivers the previous step's spikes to its block of targets, then it
     * integrates its chunks. Deliveries of step t land in slots that step t + 2 reads at the earliest (every delay
     * is at least one step), so they can overlap the integration of step t + 1, and a step needs one meeting of
     * the threads instead of two.
     */
    private void work(int worker) {
        if (deliveryPending) {
            blocks[worker].deliver(spikes, ring, 1);
        }
        integrate(worker);
    }

    private void integrate(int worker) {
        double[] exc = ring.excitatoryNow();
        double[] inh = ring.inhibitoryNow();
        for (int c : chunksOfWorker[worker]) {
            NeuronChunk chunk = chunks[c];
            SpikeBuffer out = chunkSpikes[c];
            out.clear();
            chunk.kernel().advance(chunk.from(), chunk.to(), exc, inh, externalPa, injectedPa[chunk.population()],
                    out);
        }
    }

    @Override
    public SpikeBuffer lastSpikes() {
        return spikes;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public double dtMs() {
        return dtMs;
    }

    @Override
    public SourceLayout layout() {
        return layout;
    }

    @Override
    public long synapseCount() {
        long count = rowStart[rowStart.length - 1];
        for (PlasticSynapses projection : plastic) {
            count += projection.size();
        }
        return count;
    }

    @Override
    public long synapticEvents() {
        return events;
    }

    @Override
    public double state(SourceGroup group, String variable, int neuron) {
        return kernels[layout.groupIndexOf(group.offset())].get(variable, neuron);
    }

    @Override
    public void setExternalCurrent(int neuron, double pA) {
        externalPa[neuron] = pA;
    }

    @Override
    public void setRate(int index, double hz) {
        poisson.setRate(index, hz);
    }

    @Override
    public ProjectionWeights weights(int projection) {
        return LearningProjection.weightsOf(java.util.Arrays.asList(plastic), projection);
    }

    @Override
    public void reward(String channel, double amount) {
        LearningProjection.rewardAll(java.util.Arrays.asList(plastic), channel, amount);
    }

    @Override
    public long fingerprint() {
        return fingerprint;
    }

    @Override
    public void saveState(DataOutput out) throws IOException {
        deliverPending();
        out.writeLong(steps);
        out.writeLong(events);
        for (PopulationKernel kernel : kernels) {
            kernel.save(out);
        }
        ring.save(out);
        poisson.save(out);
        StateArrays.write(out, externalPa);
        for (PlasticSynapses projection : plastic) {
            projection.save(out);
        }
    }

    @Override
    public void loadState(DataInput in) throws IOException {
        deliveryPending = false;
        steps = in.readLong();
        events = in.readLong();
        for (PopulationKernel kernel : kernels) {
            kernel.load(in);
        }
        ring.load(in);
        poisson.load(in);
        StateArrays.read(in, externalPa, "external currents");
        for (PlasticSynapses projection : plastic) {
            projection.load(in);
        }
        spikes.clear();
    }

    /**
     * Delivers the last step's spikes now rather than at the start of the next step, so that the ring holds all
     * input in flight. Each block still adds to its own targets in spike order, so the sums are the same.
     */
    private void deliverPending() {
        if (deliveryPending) {
            for (SynapseBlock block : blocks) {
                block.deliver(spikes, ring, 1);
            }
            deliveryPending = false;
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
