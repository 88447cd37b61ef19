package org.astrocyte.scenarios.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.scenarios.run.ReflexFactory;
import org.astrocyte.scenarios.run.WorldFactory;
import org.astrocyte.scenarios.spec.ReflexKind;
import org.astrocyte.scenarios.spec.ScenarioBuilder;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.BodySpec;
import org.astrocyte.scenarios.world.Pose;
import org.astrocyte.scenarios.world.World;

/**
 * B2: the reflex step, from sensor frame to motor command, at a 1 kHz control rate, for one agent and for ten
 * agents in one world (the foraging arena, every body driven straight ahead by a constant planner drive, so that
 * only the reflex keeps it off walls and rocks). The spiking Braitenberg avoidance drives the bodies; the
 * non-spiking condition-response baseline is stepped on the very same frames, alternating which goes first, so that
 * both are timed on identical input. A tick's figure adds the steps of all agents: at 1 kHz it must stay well under
 * the 1000 µs of a tick.
 */
public final class ReflexBenchmark implements Benchmark {

    private static final MotorCommand AHEAD = new MotorCommand(0.4, 0.4);
    private static final String BASELINE = "condition-response baseline";

    @Override
    public String name() {
        return "reflex";
    }

    @Override
    public String description() {
        return "reflex step, sensor frame to motor command, 1 and 10 agents at 1 kHz: spiking Braitenberg "
                + "avoidance against the condition-response baseline on the same frames, p50 and p99";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        double warmUpSeconds = options.quick() ? 2 : 5;
        double seconds = options.quick() ? 8 : 60;
        long ticksPerRun = Math.round((warmUpSeconds + seconds) * 1000);
        progress.started("reflex ticks", 3 * ticksPerRun);
        // A first ten-agent run only compiles the hot paths, so that the one-agent run is not timed cold.
        measure(10, warmUpSeconds, seconds, tick -> progress.advanced(tick));
        Timings one = measure(1, warmUpSeconds, seconds, tick -> progress.advanced(ticksPerRun + tick));
        Timings ten = measure(10, warmUpSeconds, seconds, tick -> progress.advanced(2 * ticksPerRun + tick));
        progress.finished();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.against("reflex_p50_us_1_agent", one.spiking(0.5), "us", BASELINE, one.baseline(0.5)));
        figures.add(Figure.against("reflex_p99_us_1_agent", one.spiking(0.99), "us", BASELINE, one.baseline(0.99)));
        figures.add(Figure.against("reflex_p50_us_10_agents", ten.spiking(0.5), "us", BASELINE, ten.baseline(0.5)));
        figures.add(Figure.against("reflex_p99_us_10_agents", ten.spiking(0.99), "us", BASELINE,
                ten.baseline(0.99)));
        figures.add(Figure.of("baseline_p50_us_10_agents", ten.baseline(0.5), "us"));
        figures.add(Figure.of("baseline_p99_us_10_agents", ten.baseline(0.99), "us"));
        figures.add(Figure.against("reflex_tick_p99_us_10_agents", ten.tick(0.99), "us", "1 kHz tick", 1000));
        return figures;
    }

    /** Runs {@code agents} bodies for warm-up plus {@code seconds} of simulated time and times every step. */
    static Timings measure(int agents, double warmUpSeconds, double seconds, java.util.function.LongConsumer tick) {
        ScenarioSpec spec = arena(agents);
        World world = WorldFactory.create(spec);
        int rays = spec.sensors().rays();
        List<Body> bodies = new ArrayList<>();
        List<ReflexController> spiking = new ArrayList<>();
        List<ReflexController> baseline = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            var start = spec.agents().get(i).start();
            Body body = world.addBody(spec.agents().get(i).id(), new Pose(start.x(), start.y(),
                    Math.toRadians(start.headingDeg())), BodySpec.defaults());
            bodies.add(body);
            spiking.add(ReflexFactory.create(ReflexKind.BRAITENBERG, rays, body.spec().maxWheelSpeed(), 17 + i));
            baseline.add(ReflexFactory.create(ReflexKind.CONDITION_RESPONSE, rays, body.spec().maxWheelSpeed(), 0));
        }
        long warmUp = Math.round(warmUpSeconds * 1000);
        long ticks = warmUp + Math.round(seconds * 1000);
        int samples = (int) ((ticks - warmUp) * agents);
        long[] spikingNanos = new long[samples];
        long[] baselineNanos = new long[samples];
        long[] tickNanos = new long[(int) (ticks - warmUp)];
        double[] ranges = new double[rays];
        int sample = 0;
        for (long t = 0; t < ticks; t++) {
            long tickTotal = 0;
            for (int i = 0; i < agents; i++) {
                Body body = bodies.get(i);
                world.readRange(body, ranges);
                SensorFrame frame = SensorFrame.of(t * 1000, ranges, spec.sensors().range(), AHEAD);
                long s0;
                long s1;
                long b0;
                long b1;
                ReflexDecision decision;
                if ((t & 1) == 0) {
                    s0 = System.nanoTime();
                    decision = spiking.get(i).step(frame);
                    s1 = System.nanoTime();
                    baseline.get(i).step(frame);
                    b1 = System.nanoTime();
                    b0 = s1;
                } else {
                    b0 = System.nanoTime();
                    baseline.get(i).step(frame);
                    b1 = System.nanoTime();
                    decision = spiking.get(i).step(frame);
                    s1 = System.nanoTime();
                    s0 = b1;
                }
                body.drive(decision.command().left(), decision.command().right());
                tickTotal += s1 - s0;
                if (t >= warmUp) {
                    spikingNanos[sample] = s1 - s0;
                    baselineNanos[sample] = b1 - b0;
                    sample++;
                }
            }
            if (t >= warmUp) {
                tickNanos[(int) (t - warmUp)] = tickTotal;
            }
            world.step(0.001);
            if (t % 500 == 0) {
                tick.accept(t);
            }
        }
        Arrays.sort(spikingNanos);
        Arrays.sort(baselineNanos);
        Arrays.sort(tickNanos);
        return new Timings(spikingNanos, baselineNanos, tickNanos);
    }

    /** The foraging arena of the examples with {@code agents} bodies spread over it. */
    private static ScenarioSpec arena(int agents) {
        ScenarioBuilder builder = ScenarioBuilder.scenario("reflex-bench").seed(11).arena(12, 10)
                .obstacle("rock-1", 4.0, 3.0, 0.7).obstacle("rock-2", 7.5, 6.5, 0.9)
                .obstacle("rock-3", 3.5, 7.5, 0.6).obstacle("rock-4", 9.0, 2.5, 0.5)
                .obstacle("rock-5", 6.0, 4.8, 0.4);
        for (int i = 0; i < agents; i++) {
            double x = 1.0 + (i % 5) * 2.4;
            double y = i < 5 ? 1.0 : 9.0;
            double heading = 45 + 37 * i;
            builder.agent("agent-" + i, x, y, agent -> agent.headingDeg(heading % 360 - 180));
        }
        return builder.build();
    }

    /** Sorted step times, ns. */
    record Timings(long[] spikingNanos, long[] baselineNanos, long[] tickNanos) {
        double spiking(double p) {
            return Percentiles.nearestRank(spikingNanos, p) / 1e3;
        }

        double baseline(double p) {
            return Percentiles.nearestRank(baselineNanos, p) / 1e3;
        }

        double tick(double p) {
            return Percentiles.nearestRank(tickNanos, p) / 1e3;
        }
    }
}
