package org.astrocyte.controllers.spiking;

import java.util.Locale;
import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * Wall following, as a small spiking network run on the embedded simulator every control tick (1 ms of simulated
 * time): the body keeps a wall on a chosen side at a set reading of that side's outermost range ray, and turns away
 * from the wall at inner corners. It is the classic boundary-following behaviour of behaviour-based robots
 * (Brooks 1986, subsumption; Mataric 1992) done with current-coded sensor neurons.
 *
 * <p>Circuit (five neurons): a <em>wall</em> neuron fires while the side's outermost ray sees a surface within
 * reach; a <em>near</em> neuron fires when that ray reads less than the set distance and a <em>far</em> neuron when
 * it reads more (while the wall is within reach), each harder the larger the error; a <em>front</em> neuron fires
 * when the centre ray sees a surface within the front distance. Near and front excite the <em>away</em> motor
 * neuron, far excites the <em>toward</em> motor neuron, front inhibits toward, and the two motor neurons inhibit
 * each other. The outermost ray looks 60° off the heading with the default sensor, so its reading also shrinks when
 * the body yaws toward the wall: it carries the damping term of the steering for free.
 *
 * <p>Decoding: spike counts are low-pass filtered (τ = 20 ms) into rates. The reflex overrides the planner while the
 * wall neuron's rate is above 60 Hz, until it falls below 10 Hz (hysteresis); while it overrides, the body cruises
 * at a fixed speed braked by the front rate, and the motor-rate difference sets the turn.
 */
public final class WallFollowing implements ReflexController {

    /** Which side of the body the wall is kept on. */
    public enum Side {
        /** The wall on the left (ray 0 side): the body goes round a room clockwise. */
        LEFT,
        /** The wall on the right (last ray side): the body goes round a room counter-clockwise. */
        RIGHT
    }

    static final String WALL = "wall";
    static final String NEAR = "near";
    static final String FAR = "far";
    static final String FRONT = "front";
    static final String TOWARD = "toward-motor";
    static final String AWAY = "away-motor";

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** The default set reading of the side's outermost ray, m. */
    public static final double DEFAULT_DISTANCE = 0.3;
    /** Reach, as a multiple of the set distance: beyond it the side is free and the planner drives. */
    static final double REACH_FACTOR = 3;
    /** Front distance, as a multiple of the set distance: a nearer surface ahead is a corner to turn away from. */
    static final double FRONT_FACTOR = 2;
    static final double ENTER_WALL_HZ = 60;
    static final double LEAVE_WALL_HZ = 10;
    /** Rate at which the decoded turn and brake saturate, Hz. */
    static final double FULL_SCALE_HZ = 200;
    static final double RATE_TAU_MS = 20;
    /** Relative error of the side reading at which the near and far currents are twice rheobase. */
    static final double ERROR_SCALE = 0.5;
    /** Cruise speed while following, as a fraction of the top wheel speed. */
    static final double CRUISE = 0.6;
    /** Largest wheel-speed difference (each side) of the decoded turn, as a fraction of the top speed. */
    static final double TURN_GAIN = 0.5;

    /** Fast, leaky neurons: τm 5 ms, 1 ms refractory, 2 ms excitatory and 5 ms inhibitory synapses. */
    static final CubaLif NEURON = ReflexNeurons.RELAY;
    /** The current at which a neuron starts to fire (C·(V_th − E_rest)/τm), pA. */
    static final double RHEOBASE_PA = ReflexNeurons.rheobasePa(NEURON);
    /** A weight with which one presynaptic spike makes the target fire, pA. */
    static final double RELAY_PA = ReflexNeurons.RELAY_PA;

    private final int rays;
    private final Side side;
    private final double distance;
    private final int sideRay;
    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final SmoothedRateDecoder wallRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder towardRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder awayRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder frontRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private boolean overriding;

    /** A follower at the default set distance ({@value #DEFAULT_DISTANCE} m of range). */
    public WallFollowing(int rays, double maxWheelSpeed, Side side, long seed) {
        this(rays, maxWheelSpeed, side, DEFAULT_DISTANCE, seed);
    }

    /**
     * @param rays          number of range rays in the sensor frame (at least 3), ray 0 the leftmost
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param side          the side to keep the wall on
     * @param distance      the set reading of the side's outermost ray, m (positive)
     * @param seed          seeds the network (it has no noise source today; kept for the controllers' contract)
     */
    public WallFollowing(int rays, double maxWheelSpeed, Side side, double distance, long seed) {
        if (rays < 3) {
            throw new IllegalArgumentException("wall following needs at least 3 rays, got " + rays);
        }
        if (!(maxWheelSpeed > 0) || !(distance > 0) || side == null) {
            throw new IllegalArgumentException("wall following needs a positive top speed and distance and a side, "
                    + "got " + maxWheelSpeed + " m/s, " + distance + " m, " + side);
        }
        this.rays = rays;
        this.side = side;
        this.distance = distance;
        this.sideRay = side == Side.LEFT ? 0 : rays - 1;
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.network = new TickedNetwork(circuit(), seed, TICK_MS);
    }

    /** The network description, exposed so that it can be inspected, drawn or exported. */
    public static NetworkSpec circuit() {
        return NetworkSpec.builder("wall-following")
                .dtMs(0.1)
                .population(WALL, 1, NEURON)
                .population(NEAR, 1, NEURON)
                .population(FAR, 1, NEURON)
                .population(FRONT, 1, NEURON)
                .population(TOWARD, 1, NEURON)
                .population(AWAY, 1, NEURON)
                .projection(NEAR, AWAY, Connectivity.allToAll(), RELAY_PA, 1.0)
                .projection(FAR, TOWARD, Connectivity.allToAll(), RELAY_PA, 1.0)
                .projection(FRONT, AWAY, Connectivity.allToAll(), 2 * RELAY_PA, 1.0)
                .projection(FRONT, TOWARD, Connectivity.allToAll(), -4 * RELAY_PA, 1.0)
                .projection(TOWARD, AWAY, Connectivity.allToAll(), -RELAY_PA, 1.0)
                .projection(AWAY, TOWARD, Connectivity.allToAll(), -RELAY_PA, 1.0)
                .build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        double[] ranges = frame.ranges();
        if (ranges.length != rays) {
            throw new IllegalArgumentException("expected " + rays + " range readings, got " + ranges.length);
        }
        double reach = Math.min(REACH_FACTOR * distance, frame.maxRange());
        double sideRange = reading(ranges[sideRay], frame.maxRange());
        double error = (sideRange - distance) / (ERROR_SCALE * distance);
        boolean inReach = sideRange < reach;
        network.setCurrent(WALL, 0, inReach ? RHEOBASE_PA * (1 + (reach - sideRange) / reach) : 0);
        network.setCurrent(NEAR, 0, RHEOBASE_PA * (1 - error));
        network.setCurrent(FAR, 0, inReach ? RHEOBASE_PA * (1 + error) : 0);
        double frontDistance = FRONT_FACTOR * distance;
        double front = frontRange(ranges, frame.maxRange());
        network.setCurrent(FRONT, 0, RHEOBASE_PA * (1 + (frontDistance - front) / frontDistance));
        TickSpikes spikes = network.tick();
        double wallHz = wallRate.decode(spikes.counts(WALL));
        double towardHz = towardRate.decode(spikes.counts(TOWARD));
        double awayHz = awayRate.decode(spikes.counts(AWAY));
        double frontHz = frontRate.decode(spikes.counts(FRONT));

        overriding = overriding ? wallHz > LEAVE_WALL_HZ : wallHz > ENTER_WALL_HZ;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, wallHz);
        }
        // Positive turn is to the left (right wheel faster); toward a wall on the left is a left turn.
        double towardSign = side == Side.LEFT ? 1 : -1;
        double top = wheels.maxWheelSpeed();
        double turn = towardSign * TURN_GAIN * top * clamp((towardHz - awayHz) / FULL_SCALE_HZ);
        double forward = CRUISE * top * (1 - Math.min(1, frontHz / FULL_SCALE_HZ));
        return new ReflexDecision(wheels.command(forward, turn), true, wallHz);
    }

    /** The nearest reading of the centre ray (the two middle rays for an even count), m. */
    private double frontRange(double[] ranges, double maxRange) {
        int low = (rays - 1) / 2;
        int high = rays / 2;
        return Math.min(reading(ranges[low], maxRange), reading(ranges[high], maxRange));
    }

    /** A reading limited to [0, maxRange], so that a faulty sensor cannot drive a current to infinity. */
    private static double reading(double range, double maxRange) {
        return Double.isNaN(range) ? maxRange : Math.max(0, Math.min(maxRange, range));
    }

    private static double clamp(double value) {
        return Math.max(-1, Math.min(1, value));
    }

    @Override
    public String name() {
        return "wall-following-" + side.name().toLowerCase(Locale.ROOT);
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
