package org.astrocyte.controllers.spiking;

import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.SensorFrame;
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
 * The odour-tracking network that {@link Chemotaxis} runs on tonic currents and {@link EnergySeeking} gates with
 * hunger: antennae, a rising/falling derivative pair, two motor neurons that steer and a speed neuron. It wires its
 * populations into a network, encodes a frame's odour each tick and decodes the tick's spikes into a forward speed
 * and a turn; the motor and speed neurons get no drive of their own (the circuit supplies it). See
 * {@link Chemotaxis} for the circuit and its references.
 */
final class OdourTracker {

    static final String ANTENNAE = "antennae";
    static final String RISING = "rising";
    static final String FALLING = "falling";
    static final String MOTORS = "motors";
    static final String SPEED = "speed";

    /** Change of the mean concentration that makes one rising or falling event. */
    static final double EVENT_THRESHOLD = 0.0005;
    static final double RATE_TAU_MS = 100;
    /** Motor rate difference at which the turn reaches the steering gain times the top speed, Hz. */
    static final double FULL_SCALE_HZ = 600;
    /** Speed rate at which the body runs at its top speed, Hz. */
    static final double SPEED_FULL_HZ = 400;
    /** Steering gain with a steady odour; a falling rate of {@value #FALLING_SCALE_HZ} Hz doubles it. */
    static final double STEERING_GAIN = 8;
    static final double FALLING_SCALE_HZ = 10;
    /** Antenna to contralateral motor, pA; the ipsilateral inhibition carries the same charge. */
    static final double ANTENNA_PA = 1500;
    /** τexc / τinh of the motor neurons: an inhibitory weight this much smaller carries the same charge. */
    static final double CHARGE_RATIO = ReflexNeurons.RELAY.tauSynExcMs() / ReflexNeurons.RELAY.tauSynInhMs();
    static final double RISING_SPEED_PA = ReflexNeurons.RELAY_PA;
    static final double FALLING_SPEED_PA = -ReflexNeurons.RELAY_PA;
    /** Falling to right motor, pA: the pirouette. */
    static final double PIROUETTE_PA = 0.5 * ReflexNeurons.RELAY_PA;

    private final SensorEncoder antennae;
    private final DeltaEncoder derivative;
    private final SmoothedRateDecoder antennaRate = new SmoothedRateDecoder(RATE_TAU_MS, Chemotaxis.TICK_MS);
    private final SmoothedRateDecoder leftMotor = new SmoothedRateDecoder(RATE_TAU_MS, Chemotaxis.TICK_MS);
    private final SmoothedRateDecoder rightMotor = new SmoothedRateDecoder(RATE_TAU_MS, Chemotaxis.TICK_MS);
    private final SmoothedRateDecoder speedRate = new SmoothedRateDecoder(RATE_TAU_MS, Chemotaxis.TICK_MS);
    private final SmoothedRateDecoder fallingRate = new SmoothedRateDecoder(RATE_TAU_MS, Chemotaxis.TICK_MS);
    private final double[] odour = new double[2];
    private final double[] mean = new double[1];

    /** A tracker whose antennae code the odour with {@code coding}. */
    OdourTracker(SensorCoding coding) {
        if (coding == null) {
            throw new IllegalArgumentException("odour tracking needs a sensor coding for its antennae");
        }
        this.antennae = coding.encoder(ANTENNAE, 2, ReflexNeurons.RELAY);
        this.derivative = new DeltaEncoder(RISING, FALLING, 1, ReflexNeurons.SENSOR, EVENT_THRESHOLD);
    }

    /** Adds the tracker's populations, projections and antenna input to {@code builder}. */
    NetworkSpec.Builder wire(NetworkSpec.Builder builder) {
        return antennae.wire(builder
                .population(ANTENNAE, 2, ReflexNeurons.RELAY)
                .population(RISING, 1, ReflexNeurons.SENSOR)
                .population(FALLING, 1, ReflexNeurons.SENSOR)
                .population(MOTORS, 2, ReflexNeurons.RELAY)
                .population(SPEED, 1, ReflexNeurons.RELAY)
                .projection(ANTENNAE, MOTORS, sides(true), ANTENNA_PA, 1.0)
                .projection(ANTENNAE, MOTORS, sides(false), -ANTENNA_PA * CHARGE_RATIO, 1.0)
                .projection(RISING, SPEED, Connectivity.allToAll(), RISING_SPEED_PA, 1.0)
                .projection(FALLING, SPEED, Connectivity.allToAll(), FALLING_SPEED_PA, 1.0)
                .projection(FALLING, MOTORS, Connectivity.explicit(List.of(new Connection(0, 1))), PIROUETTE_PA,
                        1.0));
    }

    private static Connectivity sides(boolean crossed) {
        return Connectivity.explicit(crossed ? List.of(new Connection(0, 1), new Connection(1, 0))
                : List.of(new Connection(0, 0), new Connection(1, 1)));
    }

    /** Sets the antennae's and the derivative pair's input for the next tick from the frame's odour. */
    void encode(SensorFrame frame, TickedNetwork network) {
        odour[0] = Math.max(0, Math.min(1, frame.chemical().left()));
        odour[1] = Math.max(0, Math.min(1, frame.chemical().right()));
        mean[0] = (odour[0] + odour[1]) / 2;
        antennae.encode(odour, network);
        derivative.encode(mean, network);
    }

    /** Decodes a tick's spikes into the antennae's mean rate and a forward speed and turn as fractions of top. */
    Steering decode(TickSpikes spikes) {
        double antennaeHz = antennaRate.decode(spikes.counts(ANTENNAE));
        int[] motors = spikes.counts(MOTORS);
        double leftHz = leftMotor.decode(new int[] {motors[0]});
        double rightHz = rightMotor.decode(new int[] {motors[1]});
        double fallingHz = fallingRate.decode(spikes.counts(FALLING));
        double speedHz = speedRate.decode(spikes.counts(SPEED));
        double gain = STEERING_GAIN * (1 + fallingHz / FALLING_SCALE_HZ);
        double turn = gain * (rightHz - leftHz) / FULL_SCALE_HZ;
        return new Steering(antennaeHz, Math.min(1, speedHz / SPEED_FULL_HZ), turn);
    }

    /**
     * One tick's decoded output.
     *
     * @param antennaeHz the antennae's mean smoothed rate, Hz
     * @param forward    forward speed as a fraction of the top speed, 0 to 1
     * @param turn       left turn as a fraction of the top speed (a wheel-speed difference of twice that)
     */
    record Steering(double antennaeHz, double forward, double turn) {

        /** The wheel speeds of this forward speed and turn on a body driven by {@code wheels}, m/s. */
        MotorCommand command(DifferentialDrive wheels) {
            double top = wheels.maxWheelSpeed();
            return wheels.command(top * forward, top * turn);
        }
    }
}
