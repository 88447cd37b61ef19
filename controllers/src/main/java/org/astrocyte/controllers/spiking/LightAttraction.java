package org.astrocyte.controllers.spiking;

import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.encoding.CurrentEncoder;
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
 * Attraction to light after Braitenberg (1984, "Vehicles: Experiments in Synthetic Psychology", MIT Press), as a
 * spiking network of two eyes and two motor neurons run every control tick (1 ms).
 *
 * <p>Circuit: the eyes (population {@value #EYES}, 0 left, 1 right) read {@code frame.light()} through a pluggable
 * {@link SensorCoding} (current coding by default). The motor neurons ({@value #MOTORS}, 0 left wheel, 1 right
 * wheel) are wired as one of two vehicles:
 * <ul>
 *   <li>{@link Variant#AGGRESSION} (vehicle 2b): crossed excitation, left eye → right motor and right eye → left
 *       motor. The wheel on the far side of the light turns faster, so it turns towards the light, and it speeds
 *       up as the light grows brighter: it charges the source.</li>
 *   <li>{@link Variant#LOVE} (vehicle 3a): uncrossed inhibition, each eye inhibits the motor on its own side, and
 *       the motors fire tonically from a constant current. The wheel on the light's side slows, so it turns
 *       towards the light, and both slow as the light grows brighter: it comes to rest facing the source.</li>
 * </ul>
 *
 * <p>Decoding: {@link SmoothedRateDecoder}s (τ {@value #RATE_TAU_MS} ms) give the eye and motor rates. The wheels
 * get the mean motor rate as forward speed and the motor-rate difference, amplified by a steering gain (the eyes
 * sit close together, so the light differs little between them), as turn, full scale at {@value #FULL_SCALE_HZ} Hz.
 * The reflex overrides the planner while the eyes' mean rate exceeds {@value #ENTER_HZ} Hz, until it falls below
 * {@value #LEAVE_HZ} Hz (hysteresis); otherwise the planner's drive passes through. The hazard it reports is the
 * eyes' mean rate.
 *
 * <p>In TinyWorld (light Σ 1/(1 + d²)) with current-coded eyes, the light is drawing from about 2.8 m; 2b charges
 * the light and, as Braitenberg's vehicle does, drives on past it once it is behind; 3a stops about 0.45 m short
 * of it. Rate-coded eyes (one Poisson-driven neuron per eye) work too but are noisy: from 2 m or more the heading
 * random-walks and the approach may fail. Latency coding does not suit this circuit: it reads rates, and every lit
 * eye fires once per tick whatever the light.
 */
public final class LightAttraction implements ReflexController {

    /** Which of Braitenberg's light-seeking vehicles the circuit is wired as. */
    public enum Variant {
        /** Vehicle 2b: crossed excitation, turns towards the light and speeds up at it. */
        AGGRESSION,
        /** Vehicle 3a: uncrossed inhibition of tonically firing motors, slows down and settles facing it. */
        LOVE
    }

    static final String EYES = "eyes";
    static final String MOTORS = "motors";

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** Light level at which current-coded eyes reach their rheobase (the default coding). */
    public static final double ONSET = 0.1;
    static final double ENTER_HZ = 100;
    static final double LEAVE_HZ = 50;
    static final double FULL_SCALE_HZ = 800;
    static final double RATE_TAU_MS = 100;
    /** How much more the wheels differ than the motor rates do, in vehicle 2b and 3a. */
    static final double AGGRESSION_STEERING_GAIN = 6;
    static final double LOVE_STEERING_GAIN = 12;
    /** Tonic current into the love vehicle's motor neurons, pA: 2.5 × rheobase, about 280 Hz in the dark. */
    static final double TONIC_PA = 2.5 * ReflexNeurons.rheobasePa(ReflexNeurons.RELAY);
    /** Inhibition per eye spike onto the love vehicle's motor neurons, pA. */
    static final double INHIBITION_PA = -200;

    private final Variant variant;
    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final SensorEncoder eyes;
    private final SmoothedRateDecoder eyeRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder leftMotor = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder rightMotor = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final double[] light = new double[2];
    private boolean overriding;

    /** A vehicle with current-coded eyes (onset {@value #ONSET}). */
    public LightAttraction(Variant variant, double maxWheelSpeed, long seed) {
        this(variant, maxWheelSpeed, CurrentEncoder.coding(ONSET), seed);
    }

    /**
     * @param variant       which vehicle
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param coding        how the eyes code light into spikes
     * @param seed          seeds the network's randomness (Poisson input, if the coding has any)
     */
    public LightAttraction(Variant variant, double maxWheelSpeed, SensorCoding coding, long seed) {
        if (variant == null || coding == null) {
            throw new IllegalArgumentException("light attraction needs a variant and a sensor coding");
        }
        this.variant = variant;
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.eyes = coding.encoder(EYES, 2, ReflexNeurons.SENSOR);
        this.network = new TickedNetwork(circuit(variant, eyes), seed, TICK_MS);
        if (variant == Variant.LOVE) {
            network.setCurrents(MOTORS, new double[] {TONIC_PA, TONIC_PA});
        }
    }

    /** The network description with current-coded eyes, to inspect, draw or export. */
    public static NetworkSpec circuit(Variant variant) {
        return circuit(variant, CurrentEncoder.coding(ONSET));
    }

    /** The network description with eyes coded by {@code coding}. */
    public static NetworkSpec circuit(Variant variant, SensorCoding coding) {
        return circuit(variant, coding.encoder(EYES, 2, ReflexNeurons.SENSOR));
    }

    private static NetworkSpec circuit(Variant variant, SensorEncoder eyes) {
        boolean crossed = variant == Variant.AGGRESSION;
        List<Connection> wiring = crossed ? List.of(new Connection(0, 1), new Connection(1, 0))
                : List.of(new Connection(0, 0), new Connection(1, 1));
        double weight = crossed ? ReflexNeurons.RELAY_PA : INHIBITION_PA;
        return eyes.wire(NetworkSpec.builder("light-attraction-" + variant.name().toLowerCase()).dtMs(0.1)
                .population(EYES, 2, ReflexNeurons.SENSOR)
                .population(MOTORS, 2, ReflexNeurons.RELAY)
                .projection(EYES, MOTORS, Connectivity.explicit(wiring), weight, 1.0))
                .build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        light[0] = clamp01(frame.light().left());
        light[1] = clamp01(frame.light().right());
        eyes.encode(light, network);
        TickSpikes spikes = network.tick();
        double eyesHz = eyeRate.decode(spikes.counts(EYES));
        int[] motors = spikes.counts(MOTORS);
        double leftHz = leftMotor.decode(new int[] {motors[0]});
        double rightHz = rightMotor.decode(new int[] {motors[1]});

        overriding = overriding ? eyesHz > LEAVE_HZ : eyesHz > ENTER_HZ;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, eyesHz);
        }
        double top = wheels.maxWheelSpeed();
        double forward = top * Math.min(1, (leftHz + rightHz) / 2 / FULL_SCALE_HZ);
        double gain = variant == Variant.AGGRESSION ? AGGRESSION_STEERING_GAIN : LOVE_STEERING_GAIN;
        double turn = top * gain * (rightHz - leftHz) / FULL_SCALE_HZ;
        return new ReflexDecision(wheels.command(forward, turn), true, eyesHz);
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** The vehicle this circuit is wired as. */
    public Variant variant() {
        return variant;
    }

    @Override
    public String name() {
        return variant == Variant.AGGRESSION ? "light-aggression" : "light-love";
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
