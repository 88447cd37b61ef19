package org.astrocyte.controllers.spiking;

import java.util.Map;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * A central pattern generator for a serpentine gait: a half-centre oscillator (Brown 1911, "The intrinsic factors in
 * the act of progression in the mammal") run on the embedded simulator every control tick (1 ms of simulated time).
 * It never overrides the planner: it adds a rhythmic left-right turn to the planner's drive, as an undulating worm
 * or a swimming lamprey bends left and right while it goes forward.
 *
 * <p>Circuit: two half-centres of {@value #SIZE} adaptive exponential integrate-and-fire neurons (Brette and
 * Gerstner 2005) with spike-triggered adaptation (b = 80 pA, τw = 600 ms) inhibit each other all-to-all. Both get
 * the same tonic current from the planner's forward speed; there is no rhythmic input. The active half-centre
 * silences the other until its own adaptation has slowed it enough to release it; then the roles swap
 * ("release" mode, Skinner, Kopell and Marder 1994). The left half-centre starts depolarised so that it leads. The
 * tonic current is spread ±20 % across the neurons of a half-centre, which smooths the bursts.
 *
 * <p>Frequency: a stronger drive makes longer bursts and so a <em>slower</em> rhythm. With a top speed of
 * 0.5 m/s the measured period is 0.64 s at a forward drive of 0.01 m/s, 0.67 s at 0.05 m/s, 0.78 s at 0.3 m/s and
 * 0.81 s at 0.5 m/s (1.6 to 1.2 Hz; the trend holds over the range, not at every step, since a burst holds a whole
 * number of spikes; see docs/reflexes.md). A drive of zero or backward leaves the oscillator silent.
 *
 * <p>Decoding: spike counts are low-pass filtered (τ = {@value #RATE_TAU_MS} ms) into rates per neuron; their
 * left-minus-right difference, saturating at {@value #FULL_SCALE_HZ} Hz, sets a turn proportional to the forward
 * speed (so the body draws the same serpentine at any speed), which is added to the drive.
 */
public final class HalfCentreOscillator implements ReflexController {

    static final String LEFT = "left-half-centre";
    static final String RIGHT = "right-half-centre";

    /** Neurons per half-centre. */
    static final int SIZE = 4;
    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    static final double RATE_TAU_MS = 50;
    /** Rate difference at which the decoded turn saturates, Hz per neuron. */
    static final double FULL_SCALE_HZ = 40;
    /** The wheel-speed difference (each side) at full scale, as a fraction of the forward speed. */
    static final double TURN_AMPLITUDE = 0.6;
    /** Tonic current at a vanishing forward drive, pA: below about 800 pA the rhythm becomes irregular. */
    static final double MIN_DRIVE_PA = 1000;
    /** Tonic current at the top forward speed, pA. */
    static final double MAX_DRIVE_PA = 2400;
    /** Spread of the tonic current across a half-centre's neurons (fraction, peak to peak). */
    static final double SPREAD = 0.4;
    /** Inhibition from one half-centre onto each neuron of the other, summed over its neurons, pA. */
    static final double INHIBITION_PA = -1000;

    /**
     * Regular-spiking AdEx (Brette and Gerstner 2005) without sub-threshold adaptation (a = 0), b = 80 pA,
     * τw = 600 ms, 1 ms refractory, τexc 5 ms, τinh 30 ms.
     */
    static final AdEx NEURON = new AdEx(281, 30, -70.6, -50.4, 2, -40.4, -70.6, 0, 80, 600, 1, 5, 30);

    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final SmoothedRateDecoder leftRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder rightRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final double[] currents = new double[SIZE];
    private double tonicPa = Double.NaN;

    /**
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param seed          seeds the network (it has no noise source today; kept for the controllers' contract)
     */
    public HalfCentreOscillator(double maxWheelSpeed, long seed) {
        if (!(maxWheelSpeed > 0)) {
            throw new IllegalArgumentException("maxWheelSpeed must be positive, got " + maxWheelSpeed);
        }
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.network = new TickedNetwork(circuit(), seed, TICK_MS);
    }

    /** The network description, exposed so that it can be inspected, drawn or exported. */
    public static NetworkSpec circuit() {
        return NetworkSpec.builder("half-centre-oscillator")
                .dtMs(0.1)
                .population(LEFT, SIZE, NEURON, Map.of("v", ValueSpec.constant(-55)))
                .population(RIGHT, SIZE, NEURON)
                .projection(LEFT, RIGHT, Connectivity.allToAll(), INHIBITION_PA / SIZE, 1.0)
                .projection(RIGHT, LEFT, Connectivity.allToAll(), INHIBITION_PA / SIZE, 1.0)
                .build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        MotorCommand drive = frame.drive();
        double top = wheels.maxWheelSpeed();
        double forward = Math.max(0, Math.min(top, (drive.left() + drive.right()) / 2));
        if (Double.isNaN(forward)) {
            forward = 0;
        }
        setTonic(forward > 0 ? MIN_DRIVE_PA + (MAX_DRIVE_PA - MIN_DRIVE_PA) * forward / top : 0);
        TickSpikes spikes = network.tick();
        double leftHz = leftRate.decode(spikes.counts(LEFT));
        double rightHz = rightRate.decode(spikes.counts(RIGHT));
        double difference = (leftHz - rightHz) / FULL_SCALE_HZ;
        // Positive turn is to the left (right wheel faster): the left half-centre bends the body left.
        double turn = TURN_AMPLITUDE * forward * Math.max(-1, Math.min(1, difference));
        if (turn == 0) {
            return new ReflexDecision(drive, false, 0);
        }
        MotorCommand bent = new MotorCommand(wheels.limit(drive.left() - turn), wheels.limit(drive.right() + turn));
        return new ReflexDecision(bent, false, 0);
    }

    /** Sets the tonic current of both half-centres, spread across their neurons; only when it changes. */
    private void setTonic(double pA) {
        if (pA == tonicPa) {
            return;
        }
        tonicPa = pA;
        for (int i = 0; i < SIZE; i++) {
            currents[i] = pA * (1 + SPREAD * (i / (SIZE - 1.0) - 0.5));
        }
        network.setCurrents(LEFT, currents);
        network.setCurrents(RIGHT, currents);
    }

    @Override
    public String name() {
        return "half-centre-cpg";
    }

    @Override
    public Map<String, Integer> takeSpikeCounts() {
        return network.takeSpikeCounts();
    }

    @Override
    public long totalSpikes() {
        return network.totalSpikes();
    }

    @Override
    public void recordSpikes(SpikeSink sink) {
        network.recordSpikes(name(), sink);
    }
}
