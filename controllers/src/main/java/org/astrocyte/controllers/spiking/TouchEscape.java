package org.astrocyte.controllers.spiking;

import java.util.Map;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.encoding.DifferentialDrive;
import org.astrocyte.controllers.encoding.ReflexNeurons;
import org.astrocyte.controllers.encoding.SmoothedRateDecoder;
import org.astrocyte.controllers.encoding.TickSpikes;
import org.astrocyte.controllers.encoding.TickedNetwork;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * The touch-escape reflex of the nematode C. elegans (Chalfie et al. 1985, "The neural circuit for touch
 * sensitivity in Caenorhabditis elegans"), as a small spiking network run on the embedded simulator every control
 * tick (1 ms of simulated time). A touch on the head makes the worm back up and then turn away (an omega turn); a
 * touch on the tail makes it speed forward.
 *
 * <p>Circuit: the anterior touch receptors (ALM and AVM, here one neuron per front bump switch, front-left and
 * front-right) excite the backward command interneuron AVA; the posterior receptor (PLM, the rear switch) excites
 * the forward command interneuron AVB; AVA and AVB inhibit each other. The receptors are current-coded (a closed
 * switch drives them at ten times rheobase) and have a 50 ms refractory period, so a brief bump sends one spike.
 * The command neurons receive it through slow synapses (τ = {@value #COMMAND_TAU_MS} ms): one receptor spike keeps
 * them firing for about 0.35 s, which is the reversal (or the forward sprint). Each anterior receptor also excites,
 * through still slower synapses (τ = {@value #TURN_TAU_MS} ms), the turn neuron of the other side; AVA inhibits
 * both turn neurons, so the turn away from the touched side starts as AVA's activity decays, and lasts about 0.75 s
 * more (some 70° in place with a 0.3 m wheel base).
 *
 * <p>Decoding: spike counts are low-pass filtered (τ = 20 ms) into rates. The reflex takes over from the planner
 * when AVA, AVB or a turn neuron fires above {@value #ENTER_HZ} Hz, and raises {@link WakeUp#HAZARD} in that tick;
 * it hands back when all of them have fallen below {@value #LEAVE_HZ} Hz. While it overrides, AVA's rate drives the
 * wheels backward, AVB's forward, and the difference of the turn rates turns the body in place.
 */
public final class TouchEscape implements ReflexController {

    static final String ALM_LEFT = "alm-left";
    static final String ALM_RIGHT = "alm-right";
    static final String PLM = "plm";
    static final String AVA = "ava";
    static final String AVB = "avb";
    static final String TURN_LEFT = "turn-left";
    static final String TURN_RIGHT = "turn-right";

    /** Simulated time per control tick, ms. */
    public static final double TICK_MS = 1.0;
    /** Decay of the receptor-to-command synapses, ms: it sets how long a reversal lasts. */
    static final double COMMAND_TAU_MS = 250;
    /** Decay of the receptor-to-turn synapses, ms: the turn outlasts the reversal. */
    static final double TURN_TAU_MS = 800;
    /** Rate above which a command or turn neuron starts the escape, Hz. */
    static final double ENTER_HZ = 40;
    /** Rate below which all of them must fall for the escape to end, Hz: it bridges the hand-over to the turn. */
    static final double LEAVE_HZ = 10;
    /** Rate at which the decoded speeds saturate, Hz. */
    static final double FULL_SCALE_HZ = 100;
    static final double RATE_TAU_MS = 20;
    /** Speed of the reversal, as a fraction of the top wheel speed. */
    static final double REVERSE = 0.6;
    /** Speed of the forward sprint after a rear touch, as a fraction of the top wheel speed. */
    static final double SPRINT = 1.0;
    /** Wheel-speed difference (each side) of the turn, as a fraction of the top wheel speed. */
    static final double TURN = 0.5;

    /** Touch receptors: fast, and silent for 50 ms after a spike so that a bump sends one spike. */
    static final CubaLif RECEPTOR = new CubaLif(250, 5, -65, -65, -50, 50, 2, 5);
    /** Command interneurons: fast membranes, slow excitatory synapses, 2 ms refractory. */
    static final CubaLif COMMAND = new CubaLif(250, 5, -65, -65, -50, 2, COMMAND_TAU_MS, 5);
    /** Turn neurons: fast membranes, still slower excitatory synapses. */
    static final CubaLif TURNER = new CubaLif(250, 5, -65, -65, -50, 2, TURN_TAU_MS, 5);
    /** The current at which a neuron starts to fire (C·(V_th − E_rest)/τm, the same for all three), pA. */
    static final double RHEOBASE_PA = ReflexNeurons.rheobasePa(RECEPTOR);
    /** The current into a receptor whose switch is closed, pA. */
    static final double TOUCH_PA = 10 * RHEOBASE_PA;
    /** One receptor spike puts four times rheobase onto its command neuron: it fires for τ·ln 4. */
    static final double COMMAND_PA = 4 * RHEOBASE_PA;
    /** One anterior spike puts four times rheobase onto the opposite turn neuron: it can fire for τ·ln 4. */
    static final double TURN_PA = 4 * RHEOBASE_PA;
    /** A weight with which one presynaptic spike silences a fast target for a few ms, pA (negative). */
    static final double INHIBIT_PA = -4000;

    private final DifferentialDrive wheels;
    private final TickedNetwork network;
    private final SmoothedRateDecoder avaRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder avbRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder leftRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private final SmoothedRateDecoder rightRate = new SmoothedRateDecoder(RATE_TAU_MS, TICK_MS);
    private boolean overriding;

    /**
     * @param maxWheelSpeed the body's top wheel speed, m/s
     * @param seed          seeds the network (it has no noise source today; kept for the controllers' contract)
     */
    public TouchEscape(double maxWheelSpeed, long seed) {
        if (!(maxWheelSpeed > 0)) {
            throw new IllegalArgumentException("maxWheelSpeed must be positive, got " + maxWheelSpeed);
        }
        this.wheels = new DifferentialDrive(maxWheelSpeed);
        this.network = new TickedNetwork(circuit(), seed, TICK_MS);
    }

    /** The network description, exposed so that it can be inspected, drawn or exported. */
    public static NetworkSpec circuit() {
        return NetworkSpec.builder("touch-escape")
                .dtMs(0.1)
                .population(ALM_LEFT, 1, RECEPTOR)
                .population(ALM_RIGHT, 1, RECEPTOR)
                .population(PLM, 1, RECEPTOR)
                .population(AVA, 1, COMMAND)
                .population(AVB, 1, COMMAND)
                .population(TURN_LEFT, 1, TURNER)
                .population(TURN_RIGHT, 1, TURNER)
                .projection(ALM_LEFT, AVA, Connectivity.allToAll(), COMMAND_PA, 1.0)
                .projection(ALM_RIGHT, AVA, Connectivity.allToAll(), COMMAND_PA, 1.0)
                .projection(PLM, AVB, Connectivity.allToAll(), COMMAND_PA, 1.0)
                .projection(AVA, AVB, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                .projection(AVB, AVA, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                // A touch on the left turns the body right, away from it, and the other way round.
                .projection(ALM_LEFT, TURN_RIGHT, Connectivity.allToAll(), TURN_PA, 1.0)
                .projection(ALM_RIGHT, TURN_LEFT, Connectivity.allToAll(), TURN_PA, 1.0)
                .projection(AVA, TURN_LEFT, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                .projection(AVA, TURN_RIGHT, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                .projection(TURN_LEFT, TURN_RIGHT, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                .projection(TURN_RIGHT, TURN_LEFT, Connectivity.allToAll(), INHIBIT_PA, 1.0)
                .build();
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        SensorFrame.Touch touch = frame.touch();
        network.setCurrent(ALM_LEFT, 0, touch.frontLeft() ? TOUCH_PA : 0);
        network.setCurrent(ALM_RIGHT, 0, touch.frontRight() ? TOUCH_PA : 0);
        network.setCurrent(PLM, 0, touch.rear() ? TOUCH_PA : 0);
        TickSpikes spikes = network.tick();
        double avaHz = avaRate.decode(spikes.counts(AVA));
        double avbHz = avbRate.decode(spikes.counts(AVB));
        double leftHz = leftRate.decode(spikes.counts(TURN_LEFT));
        double rightHz = rightRate.decode(spikes.counts(TURN_RIGHT));
        double commandHz = Math.max(avaHz, avbHz);
        double strongest = Math.max(commandHz, Math.max(leftHz, rightHz));
        boolean entering = !overriding && strongest > ENTER_HZ;
        overriding = overriding ? strongest > LEAVE_HZ : entering;
        if (!overriding) {
            return new ReflexDecision(frame.drive(), false, commandHz);
        }
        double top = wheels.maxWheelSpeed();
        double forward = top * (SPRINT * saturate(avbHz) - REVERSE * saturate(avaHz));
        // Positive turn is to the left (right wheel faster).
        double turn = TURN * top * (saturate(leftHz) - saturate(rightHz));
        ReflexDecision decision = new ReflexDecision(wheels.command(forward, turn), true, commandHz);
        return entering ? decision.waking(WakeUp.HAZARD) : decision;
    }

    private static double saturate(double hz) {
        return Math.min(1, hz / FULL_SCALE_HZ);
    }

    @Override
    public String name() {
        return "touch-escape";
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
