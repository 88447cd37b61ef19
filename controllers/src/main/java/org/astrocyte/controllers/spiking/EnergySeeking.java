package org.astrocyte.controllers.spiking;

import java.util.Arrays;
import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.RateEncoder;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SensorCoding;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Homeostatic energy seeking: when the battery runs low, a hunger population drives the chemotaxis circuit towards
 * the odour of food ({@code frame.chemical()}); when sated, the same circuit lies still. A spiking circuit run every
 * control tick (1 ms), after drive-reduction accounts of homeostatic motivation, in which a need (here 1 − energy)
 * energises the behaviour that reduces it.
 *
 * <p>Circuit: the odour-tracking network of {@link Chemotaxis} (antennae, a rising/falling derivative pair,
 * push-pull steering onto two motor neurons, a speed neuron and a pirouette; see there, after Iino and Yoshida
 * 2009), but its motor and speed neurons have no tonic current of their own: {@value #HUNGER}, eight neurons each
 * driven by a Poisson source at up to {@value #HUNGER_MAX_HZ} Hz × (1 − energy) (irregular, so that the motors do
 * not lock to it), excites them all. The antennae alone give the motors no net drive and hunger alone leaves them
 * below rheobase when the battery is above about the high mark, so the circuit moves the body only when it is
 * hungry, and the hungrier, the faster; with hunger and odour together it steers up the gradient.
 *
 * <p>Control: it starts seeking, overriding the planner and waking it once with {@link WakeUp#ENERGY_LOW}, when the
 * energy falls below the low mark, and hands back when it rises above the high mark (hysteresis on the battery
 * level). While seeking, the decoded speed and turn drive the wheels. The hazard it reports is the hunger rate, Hz.
 */
public final class EnergySeeking implements ReflexController {

    static final String HUNGER = "hunger";
    static final String ANTENNAE = OdourTracker.ANTENNAE;
    static final String MOTORS = OdourTracker.MOTORS;
    static final String SPEED = OdourTracker.SPEED;

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = Chemotaxis.TICK_MS;
    /** Default energy below which it starts seeking. */
    public static final double LOW_MARK = 0.25;
    /** Default energy above which it stops seeking. */
    public static final double HIGH_MARK = 0.6;
    static final int HUNGER_NEURONS = 8;
    static final double HUNGER_MAX_HZ = 250;
    /**
     * Hunger to motor and to speed neurons, pA: at 1 − energy = 0.9 they get about 2 and 1.5 rheobases on average
     * (the tonic drive of {@link Chemotaxis}), at 0.4 less than one.
     */
    static final double HUNGER_MOTOR_PA = 420;
    static final double HUNGER_SPEED_PA = 315;
    static final double RATE_TAU_MS = 100;

    private final double lowMark;
    private final double highMark;
    private final DifferentialDrive wheels;
    private final OdourTracker tracker;
    private final RateEncoder hunger;
    private final TickedNetwork network;
    private final SmoothedRateDecoder hungerRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final double[] need = new double[HUNGER_NEURONS];
    private boolean seeking;

    /** Seeking below {@value #LOW_MARK} and up to {@value #HIGH_MARK}, with current-coded antennae. */
    public EnergySeeking(double maxWheelSpeed, long seed) {
        this(maxWheelSpeed, LOW_MARK, HIGH_MARK, CurrentEncoder.coding(Chemotaxis.ONSET), seed);
    }

    /**
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param lowMark       energy below which it starts seeking, in (0, highMark)
     * @param highMark      energy above which it stops seeking, in (lowMark, 1)
     * @param odourCoding   how the antennae code the odour into spikes
     * @param seed          seeds the network's randomness (the hunger input, and the antennae's if rate coded)
     */
    public EnergySeeking(double maxWheelSpeed, double lowMark, double highMark, SensorCoding odourCoding,
            long seed) {
        if (!(lowMark > 0 && lowMark < highMark && highMark < 1)) {
            throw new IllegalArgumentException("the energy marks must satisfy 0 < low < high < 1, got low "
                    + lowMark + " and high " + highMark);
        }
        this.lowMark = lowMark;
        this.highMark = highMark;
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.tracker = new OdourTracker(odourCoding);
        this.hunger = hungerEncoder();
        this.network = new TickedNetwork(circuit(tracker, hunger), seed, TICK_MS);
    }

    private static RateEncoder hungerEncoder() {
        return new RateEncoder(HUNGER, HUNGER_NEURONS, HUNGER_MAX_HZ, ReflexNeurons.RELAY_PA);
    }

    /** The network description with current-coded antennae, to inspect, draw or export. */
    public static NetworkSpec circuit() {
        return circuit(new OdourTracker(CurrentEncoder.coding(Chemotaxis.ONSET)), hungerEncoder());
    }

    private static NetworkSpec circuit(OdourTracker tracker, RateEncoder hunger) {
        NetworkSpec.Builder builder = tracker.wire(NetworkSpec.builder("energy-seeking").dtMs(0.1))
                .population(HUNGER, HUNGER_NEURONS, ReflexNeurons.RELAY)
                .projection(HUNGER, MOTORS, Connectivity.allToAll(), HUNGER_MOTOR_PA, 1.0)
                .projection(HUNGER, SPEED, Connectivity.allToAll(), HUNGER_SPEED_PA, 1.0);
        return hunger.wire(builder).build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        double energy = Math.max(0, Math.min(1, frame.energy()));
        Arrays.fill(need, 1 - energy);
        hunger.encode(need, network);
        tracker.encode(frame, network);
        TickSpikes spikes = network.tick();
        double hungerHz = hungerRate.decode(spikes.counts(HUNGER));
        OdourTracker.Steering steering = tracker.decode(spikes);

        boolean entering = !seeking && energy < lowMark;
        seeking = seeking ? energy <= highMark : entering;
        if (!seeking) {
            return new ReflexDecision(frame.drive(), false, hungerHz);
        }
        ReflexDecision decision = new ReflexDecision(steering.command(wheels), true, hungerHz);
        return entering ? decision.waking(WakeUp.ENERGY_LOW) : decision;
    }

    /** Whether it is seeking energy (overriding the planner) after the last step. */
    public boolean seeking() {
        return seeking;
    }

    @Override
    public String name() {
        return "energy-seeking";
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
