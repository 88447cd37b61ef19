package org.astrocyte.controllers.spiking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.encoding.CurrentEncoder;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.Connectivity.Connection;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Obstacle avoidance after Braitenberg's vehicles, as a small spiking network run on the embedded simulator every
 * control tick (1 ms of simulated time).
 *
 * <p>Circuit: one sensor neuron per range ray, driven by a current that grows with proximity and crosses rheobase
 * when an obstacle comes within half the sensor's reach (current coding). Sensors on the left excite the
 * left-wheel motor neuron and those on the right the right-wheel one (the centre ray favours the left, so a head-on
 * obstacle is passed on the right); the two motor neurons inhibit each other so that one side wins. The sensors
 * excite a hazard neuron, the front half of the rays fully and the side rays at {@value #SIDE_HAZARD} of that
 * weight, so that a wall alongside does not hold the body in a standstill while a surface ahead does. A weak
 * Poisson background makes the motor neurons' choice slightly stochastic.
 *
 * <p>Coding: a {@link CurrentEncoder} drives the sensors; {@link SmoothedRateDecoder}s low-pass filter the spike
 * counts (τ = 20 ms) into rates. When the hazard rate exceeds 60 Hz the
 * reflex overrides the planner (subsumption) until it falls below 15 Hz; while it overrides, the motor-rate
 * difference sets the turn and the hazard rate brakes the forward speed.
 */
public final class BraitenbergAvoidance implements ReflexController {

    static final String SENSORS = "sensors";
    static final String LEFT_MOTOR = "left-motor";
    static final String RIGHT_MOTOR = "right-motor";
    static final String HAZARD = "hazard";
    static final String NOISE = "noise";

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** Fraction of the sensor's reach at which an obstacle starts to drive the sensor neurons. */
    static final double ONSET_PROXIMITY = 0.5;
    /** Enter at a rate that one lone hazard spike (50 Hz after filtering) cannot reach: two close spikes can. */
    static final double ENTER_HAZARD_HZ = 60;
    static final double LEAVE_HAZARD_HZ = 15;
    /** Rate at which the decoded turn and brake saturate, Hz. */
    static final double FULL_SCALE_HZ = 150;
    static final double RATE_TAU_MS = 20;

    /** Fast, leaky neurons: τm 5 ms, 1 ms refractory, 2 ms excitatory and 5 ms inhibitory synapses. */
    static final CubaLif NEURON = ReflexNeurons.RELAY;
    /** The current at which a sensor neuron starts to fire (C·(V_th − E_rest)/τm), pA. */
    static final double RHEOBASE_PA = ReflexNeurons.rheobasePa(NEURON);
    /** A weight with which one presynaptic spike makes the target fire, pA. */
    static final double RELAY_PA = ReflexNeurons.RELAY_PA;
    /**
     * The share of a side ray's spikes in the hazard, against a front ray's: a wall alongside must not hold the
     * reflex in charge (braking the body to a standstill beside it), while a surface ahead must.
     */
    static final double SIDE_HAZARD = 0.4;

    private final int rays;
    private final double maxWheelSpeed;
    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final CurrentEncoder sensors;
    private final double[] proximity;
    private final SmoothedRateDecoder left = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder right = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder hazard = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private boolean overriding;

    /**
     * @param rays          number of range rays in the sensor frame (at least 2), ray 0 the leftmost
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param seed          seeds the network's background noise
     */
    public BraitenbergAvoidance(int rays, double maxWheelSpeed, long seed) {
        if (rays < 2) {
            throw new IllegalArgumentException("Braitenberg avoidance needs at least 2 rays, got " + rays);
        }
        this.rays = rays;
        this.maxWheelSpeed = maxWheelSpeed;
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.network = new TickedNetwork(circuit(rays), seed, TICK_MS);
        this.sensors = new CurrentEncoder(SENSORS, rays, RHEOBASE_PA, ONSET_PROXIMITY);
        this.proximity = new double[rays];
    }

    /** The network description, exposed so that it can be inspected, drawn or exported. */
    public static NetworkSpec circuit(int rays) {
        List<Connection> toLeft = new ArrayList<>();
        List<Connection> toRight = new ArrayList<>();
        List<Connection> frontToHazard = new ArrayList<>();
        List<Connection> sideToHazard = new ArrayList<>();
        double middle = (rays - 1) / 2.0;
        for (int ray = 0; ray < rays; ray++) {
            if (ray <= middle) {
                toLeft.add(new Connection(ray, 0));
            } else {
                toRight.add(new Connection(ray, 0));
            }
            (Math.abs(ray - middle) <= middle / 2 ? frontToHazard : sideToHazard).add(new Connection(ray, 0));
        }
        return NetworkSpec.builder("braitenberg-avoidance")
                .dtMs(0.1)
                .population(SENSORS, rays, NEURON)
                .population(LEFT_MOTOR, 1, NEURON)
                .population(RIGHT_MOTOR, 1, NEURON)
                .population(HAZARD, 1, NEURON)
                .poisson(NOISE, 2, 40.0)
                .projection(SENSORS, LEFT_MOTOR, Connectivity.explicit(toLeft), RELAY_PA, 1.0)
                .projection(SENSORS, RIGHT_MOTOR, Connectivity.explicit(toRight), RELAY_PA, 1.0)
                .projection(SENSORS, HAZARD, Connectivity.explicit(frontToHazard), RELAY_PA, 1.0)
                .projection(SENSORS, HAZARD, Connectivity.explicit(sideToHazard), SIDE_HAZARD * RELAY_PA, 1.0)
                .projection(LEFT_MOTOR, RIGHT_MOTOR, Connectivity.allToAll(), -2 * RELAY_PA, 1.0)
                .projection(RIGHT_MOTOR, LEFT_MOTOR, Connectivity.allToAll(), -2 * RELAY_PA, 1.0)
                .projection(NOISE, LEFT_MOTOR, Connectivity.explicit(List.of(new Connection(0, 0))), 0.6 * RELAY_PA,
                        1.0)
                .projection(NOISE, RIGHT_MOTOR, Connectivity.explicit(List.of(new Connection(1, 0))),
                        0.6 * RELAY_PA, 1.0)
                .build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        if (frame.ranges().length != rays) {
            throw new IllegalArgumentException("expected " + rays + " range readings, got " + frame.ranges().length);
        }
        for (int ray = 0; ray < rays; ray++) {
            proximity[ray] = 1 - Math.min(1, Math.max(0, frame.ranges()[ray] / frame.maxRange()));
        }
        sensors.encode(proximity, network);
        TickSpikes spikes = network.tick();
        double leftHz = left.decode(spikes.counts(LEFT_MOTOR));
        double rightHz = right.decode(spikes.counts(RIGHT_MOTOR));
        double hazardHz = hazard.decode(spikes.counts(HAZARD));

        overriding = overriding ? hazardHz > LEAVE_HAZARD_HZ : hazardHz > ENTER_HAZARD_HZ;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, hazardHz);
        }
        double turnRight = 0.8 * maxWheelSpeed * clamp((leftHz - rightHz) / FULL_SCALE_HZ);
        double forward = maxWheelSpeed * (0.5 - 0.7 * Math.min(1, hazardHz / FULL_SCALE_HZ));
        return new ReflexDecision(wheels.command(forward, -turnRight), true, hazardHz);
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }

    @Override
    public String name() {
        return "braitenberg";
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
