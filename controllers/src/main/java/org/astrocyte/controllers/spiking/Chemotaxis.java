package org.astrocyte.controllers.spiking;

import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.encoding.DeltaEncoder;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SensorCoding;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Chemotaxis up an odour gradient as a spiking circuit, after the two strategies of C. elegans (Iino and Yoshida
 * 2009, "Parallel use of two behavioral mechanisms for chemotaxis in Caenorhabditis elegans", J. Neurosci.
 * 29:5370-5380): steering towards the side where the odour is stronger (klinotaxis, the weathervane), and running
 * on while the odour grows but slowing down and turning when it fades (klinokinesis, the pirouettes of
 * Pierce-Shimomura, Morse and Lockery 1999). The body has two antennae, so the sides are compared at once rather
 * than by head swings.
 *
 * <p>Circuit, run every control tick (1 ms):
 * <ul>
 *   <li>{@value #ANTENNAE} (0 left, 1 right) read {@code frame.chemical()} through a pluggable {@link SensorCoding}
 *       (current coding by default, onset {@value #ONSET}).</li>
 *   <li>{@value #MOTORS} (0 left wheel, 1 right wheel) fire tonically from a constant current. Each antenna excites
 *       the opposite motor and inhibits its own side's with the same charge (push-pull), so only the left-right
 *       difference moves them: the wheel away from the stronger side speeds up and the body turns towards it.</li>
 *   <li>A {@link DeltaEncoder} on the mean of both antennae gives a temporal derivative pair, like the ON and OFF
 *       salt sensors ASEL and ASER (Suzuki et al. 2008, Nature 454:114-117): {@value #RISING} spikes each time
 *       the odour has grown by 0.0005, {@value #FALLING} each time it has faded.</li>
 *   <li>{@value #SPEED} fires tonically; {@value #RISING} excites it (run faster while the odour grows) and
 *       {@value #FALLING} inhibits it (slow down while it fades). {@value #FALLING} also excites the right motor:
 *       a pirouette to the left, which turns the body round when the odour fades straight behind it, where the
 *       antennae cannot tell the sides apart.</li>
 * </ul>
 *
 * <p>Decoding: smoothed rates (τ 100 ms). The {@value #SPEED} rate is the forward speed (full at 400 Hz); the
 * motor-rate difference, times a steering gain that grows with the {@value #FALLING} rate, is the turn, so a fading
 * odour turns the body harder. The reflex overrides the planner while the antennae's mean rate exceeds
 * {@value #ENTER_HZ} Hz, until it falls below {@value #LEAVE_HZ} Hz; with no odour the drive passes through. The
 * hazard it reports is the antennae's mean rate.
 *
 * <p>In TinyWorld with a plume of σ 1.5 m it reaches the source from 3 m in about 6 s, runs over it, and then
 * circles it within about 1 m; it never comes to rest.
 */
public final class Chemotaxis implements ReflexController {

    static final String ANTENNAE = OdourTracker.ANTENNAE;
    static final String RISING = OdourTracker.RISING;
    static final String FALLING = OdourTracker.FALLING;
    static final String MOTORS = OdourTracker.MOTORS;
    static final String SPEED = OdourTracker.SPEED;

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** Concentration at which current-coded antennae reach their rheobase (the default coding). */
    public static final double ONSET = 0.05;
    static final double ENTER_HZ = 100;
    static final double LEAVE_HZ = 50;
    /** Tonic currents into the motor neurons (about 220 Hz) and the speed neuron (about 150 Hz), pA. */
    static final double MOTOR_TONIC_PA = 2 * ReflexNeurons.rheobasePa(ReflexNeurons.RELAY);
    static final double SPEED_TONIC_PA = 1.5 * ReflexNeurons.rheobasePa(ReflexNeurons.RELAY);

    private final DifferentialDrive wheels;
    private final OdourTracker tracker;
    private final TickedNetwork network;
    private boolean overriding;

    /** Chemotaxis with current-coded antennae (onset {@value #ONSET}). */
    public Chemotaxis(double maxWheelSpeed, long seed) {
        this(maxWheelSpeed, CurrentEncoder.coding(ONSET), seed);
    }

    /**
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param coding        how the antennae code the odour into spikes
     * @param seed          seeds the network's randomness (Poisson input, if the coding has any)
     */
    public Chemotaxis(double maxWheelSpeed, SensorCoding coding, long seed) {
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.tracker = new OdourTracker(coding);
        this.network = new TickedNetwork(circuit(tracker), seed, TICK_MS);
        network.setCurrents(MOTORS, new double[] {MOTOR_TONIC_PA, MOTOR_TONIC_PA});
        network.setCurrent(SPEED, 0, SPEED_TONIC_PA);
    }

    /** The network description with current-coded antennae, to inspect, draw or export. */
    public static NetworkSpec circuit() {
        return circuit(CurrentEncoder.coding(ONSET));
    }

    /** The network description with antennae coded by {@code coding}. */
    public static NetworkSpec circuit(SensorCoding coding) {
        return circuit(new OdourTracker(coding));
    }

    private static NetworkSpec circuit(OdourTracker tracker) {
        return tracker.wire(NetworkSpec.builder("chemotaxis").dtMs(0.1)).build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        tracker.encode(frame, network);
        OdourTracker.Steering steering = tracker.decode(network.tick());
        double antennaeHz = steering.antennaeHz();
        overriding = overriding ? antennaeHz > LEAVE_HZ : antennaeHz > ENTER_HZ;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, antennaeHz);
        }
        return new ReflexDecision(steering.command(wheels), true, antennaeHz);
    }

    @Override
    public String name() {
        return "chemotaxis";
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
