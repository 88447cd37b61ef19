package org.astrocyte.controllers.spiking;

import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.encoding.DeltaEncoder;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SensorCoding;
import org.astrocyte.controllers.encoding.SensorEncoder;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.Connectivity.Connection;
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
 *   <li>{@value #MOTORS} (0 left wheel, 1 right wheel) fire tonically. Each antenna excites the opposite motor and
 *       inhibits its own side's with the same charge (push-pull), so only the left-right difference moves them:
 *       the wheel away from the stronger side speeds up and the body turns towards it.</li>
 *   <li>A {@link DeltaEncoder} on the mean of both antennae gives a temporal derivative pair, like the ON and OFF
 *       salt sensors ASEL and ASER (Suzuki et al. 2008, Nature 454:114-117): {@value #RISING} spikes each time
 *       the odour has grown by {@value #EVENT_THRESHOLD}, {@value #FALLING} each time it has faded.</li>
 *   <li>{@value #SPEED} fires tonically; {@value #RISING} excites it (run faster while the odour grows) and
 *       {@value #FALLING} inhibits it (slow down while it fades). {@value #FALLING} also excites the right motor:
 *       a pirouette to the left, which turns the body round when the odour fades straight behind it, where the
 *       antennae cannot tell the sides apart.</li>
 * </ul>
 *
 * <p>Decoding: smoothed rates (τ {@value #RATE_TAU_MS} ms). The {@value #SPEED} rate is the forward speed (full
 * at {@value #SPEED_FULL_HZ} Hz); the motor-rate difference, times a steering gain that grows with the
 * {@value #FALLING} rate, is the turn, so a fading odour turns the body harder. The reflex overrides the planner
 * while the antennae's mean rate exceeds {@value #ENTER_HZ} Hz, until it falls below {@value #LEAVE_HZ} Hz; with
 * no odour the drive passes through. The hazard it reports is the antennae's mean rate.
 *
 * <p>In TinyWorld with a plume of σ 1.5 m it reaches the source from 3 m in 6 to 8 s, runs over it, and then
 * circles it within about 1 m; it never comes to rest.
 */
public final class Chemotaxis implements ReflexController {

    static final String ANTENNAE = "antennae";
    static final String RISING = "rising";
    static final String FALLING = "falling";
    static final String MOTORS = "motors";
    static final String SPEED = "speed";

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** Concentration at which current-coded antennae reach their rheobase (the default coding). */
    public static final double ONSET = 0.05;
    /** Change of the mean concentration that makes one rising or falling event. */
    static final double EVENT_THRESHOLD = 0.0005;
    static final double ENTER_HZ = 100;
    static final double LEAVE_HZ = 50;
    static final double RATE_TAU_MS = 100;
    /** Motor rate difference at which the turn reaches the steering gain times the top speed, Hz. */
    static final double FULL_SCALE_HZ = 600;
    /** Speed rate at which the body runs at its top speed, Hz. */
    static final double SPEED_FULL_HZ = 400;
    /** Steering gain with a steady odour; a falling rate of {@value #FALLING_SCALE_HZ} Hz doubles it. */
    static final double STEERING_GAIN = 8;
    static final double FALLING_SCALE_HZ = 10;
    /** Tonic currents into the motor neurons (about 220 Hz) and the speed neuron (about 150 Hz), pA. */
    static final double MOTOR_TONIC_PA = 2 * ReflexNeurons.rheobasePa(ReflexNeurons.RELAY);
    static final double SPEED_TONIC_PA = 1.5 * ReflexNeurons.rheobasePa(ReflexNeurons.RELAY);
    /** Antenna to contralateral motor, pA; the ipsilateral inhibition carries the same charge. */
    static final double ANTENNA_PA = 1500;
    /** τexc / τinh of the motor neurons: an inhibitory weight this much smaller carries the same charge. */
    static final double CHARGE_RATIO = ReflexNeurons.RELAY.tauSynExcMs() / ReflexNeurons.RELAY.tauSynInhMs();
    static final double RISING_SPEED_PA = ReflexNeurons.RELAY_PA;
    static final double FALLING_SPEED_PA = -ReflexNeurons.RELAY_PA;
    /** Falling to right motor, pA: the pirouette. */
    static final double PIROUETTE_PA = 0.5 * ReflexNeurons.RELAY_PA;

    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final SensorEncoder antennae;
    private final DeltaEncoder derivative;
    private final SmoothedRateDecoder antennaRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder leftMotor = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder rightMotor = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder speedRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder fallingRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final double[] odour = new double[2];
    private final double[] mean = new double[1];
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
        if (coding == null) {
            throw new IllegalArgumentException("chemotaxis needs a sensor coding for its antennae");
        }
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.antennae = coding.encoder(ANTENNAE, 2, ReflexNeurons.RELAY);
        this.derivative = new DeltaEncoder(RISING, FALLING, 1, ReflexNeurons.SENSOR, EVENT_THRESHOLD);
        this.network = new TickedNetwork(circuit(antennae), seed, TICK_MS);
        network.setCurrents(MOTORS, new double[] {MOTOR_TONIC_PA, MOTOR_TONIC_PA});
        network.setCurrent(SPEED, 0, SPEED_TONIC_PA);
    }

    /** The network description with current-coded antennae, to inspect, draw or export. */
    public static NetworkSpec circuit() {
        return circuit(CurrentEncoder.coding(ONSET));
    }

    /** The network description with antennae coded by {@code coding}. */
    public static NetworkSpec circuit(SensorCoding coding) {
        return circuit(coding.encoder(ANTENNAE, 2, ReflexNeurons.RELAY));
    }

    private static NetworkSpec circuit(SensorEncoder antennae) {
        return antennae.wire(NetworkSpec.builder("chemotaxis").dtMs(0.1)
                .population(ANTENNAE, 2, ReflexNeurons.RELAY)
                .population(RISING, 1, ReflexNeurons.SENSOR)
                .population(FALLING, 1, ReflexNeurons.SENSOR)
                .population(MOTORS, 2, ReflexNeurons.RELAY)
                .population(SPEED, 1, ReflexNeurons.RELAY)
                .projection(ANTENNAE, MOTORS, crossed(true), ANTENNA_PA, 1.0)
                .projection(ANTENNAE, MOTORS, crossed(false), -ANTENNA_PA * CHARGE_RATIO, 1.0)
                .projection(RISING, SPEED, Connectivity.allToAll(), RISING_SPEED_PA, 1.0)
                .projection(FALLING, SPEED, Connectivity.allToAll(), FALLING_SPEED_PA, 1.0)
                .projection(FALLING, MOTORS, Connectivity.explicit(List.of(new Connection(0, 1))), PIROUETTE_PA,
                        1.0))
                .build();
    }

    private static Connectivity crossed(boolean crossed) {
        return Connectivity.explicit(crossed ? List.of(new Connection(0, 1), new Connection(1, 0))
                : List.of(new Connection(0, 0), new Connection(1, 1)));
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        odour[0] = clamp01(frame.chemical().left());
        odour[1] = clamp01(frame.chemical().right());
        mean[0] = (odour[0] + odour[1]) / 2;
        antennae.encode(odour, network);
        derivative.encode(mean, network);
        TickSpikes spikes = network.tick();
        double antennaeHz = antennaRate.decode(spikes.counts(ANTENNAE));
        int[] motors = spikes.counts(MOTORS);
        double leftHz = leftMotor.decode(new int[] {motors[0]});
        double rightHz = rightMotor.decode(new int[] {motors[1]});
        double fallingHz = fallingRate.decode(spikes.counts(FALLING));
        double speedHz = speedRate.decode(spikes.counts(SPEED));

        overriding = overriding ? antennaeHz > LEAVE_HZ : antennaeHz > ENTER_HZ;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, antennaeHz);
        }
        double top = wheels.maxWheelSpeed();
        double forward = top * Math.min(1, speedHz / SPEED_FULL_HZ);
        double gain = STEERING_GAIN * (1 + fallingHz / FALLING_SCALE_HZ);
        double turn = top * gain * (rightHz - leftHz) / FULL_SCALE_HZ;
        return new ReflexDecision(wheels.command(forward, turn), true, antennaeHz);
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
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
}
