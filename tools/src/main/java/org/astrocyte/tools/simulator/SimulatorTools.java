package org.astrocyte.tools.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.core.config.InputException;
import org.astrocyte.simulator.RunResult;
import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.io.NetworkFileReader;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.tools.ArgumentChecks;

/**
 * Tools with which a planner builds, runs and inspects small spiking networks on the embedded simulator, to try a
 * circuit before it trusts it. Everything is bounded for an untrusted caller: the description's length, the
 * network's size ({@link #LIMITS}), the simulated time of a run, the networks kept at once.
 */
public final class SimulatorTools {

    /** The largest network and the longest run a planner may ask for. */
    public static final SimulatorLimits LIMITS = new SimulatorLimits(2_000, 200_000, 2_000.0);
    /** Longest network description, in characters of YAML. */
    public static final int MAX_SPEC_CHARS = 20_000;
    /** Networks kept at once; building one more closes the oldest. */
    public static final int MAX_NETWORKS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;
    private final Map<String, Built> networks = new LinkedHashMap<>();
    private int built;

    private record Built(NetworkSpec spec, SimulatorSession session) {
    }

    /** Tools whose networks draw their randomness from {@code seed}. */
    public SimulatorTools(long seed) {
        this.seed = seed;
    }

    /** Builds a network from its YAML description and answers its id. */
    @Tool(name = "build_network", value = "Build a small spiking network from a YAML description (the network file "
            + "format: name, populations with model and size, poisson inputs, projections with weights and delays). "
            + "At most 2000 neurons and 200000 synapses. Answers the network's id for run_network.")
    public synchronized String buildNetwork(@P("the network, YAML, at most 20000 characters") String yaml) {
        String text = ArgumentChecks.document("yaml", yaml, MAX_SPEC_CHARS);
        NetworkSpec spec = parse(text);
        SimulatorSession session;
        try {
            session = SimulatorSession.open(spec, seed + built, LIMITS);
        } catch (IllegalArgumentException | InvalidNetworkException e) {
            throw new IllegalArgumentException("network too large or invalid: " + e.getMessage());
        }
        if (networks.size() == MAX_NETWORKS) {
            String oldest = networks.keySet().iterator().next();
            networks.remove(oldest).session().close();
        }
        String id = "net-" + ++built;
        networks.put(id, new Built(spec, session));
        return id + ": " + describe(spec, session);
    }

    /** Runs network {@code id} for {@code durationMs} and answers spikes and rates per population. */
    @Tool(name = "run_network", value = "Run a network built with build_network for some simulated milliseconds "
            + "(at most 2000 per call; it continues where the last run ended). Answers JSON: spikes and rate in Hz "
            + "per population.")
    public synchronized String runNetwork(@P("the id build_network answered") String id,
            @P("simulated time, milliseconds, 1 to 2000") double durationMs) {
        Built network = network(id);
        double duration = ArgumentChecks.inRange("durationMs", durationMs, 1, LIMITS.maxRunMs(), "ms");
        RunResult result = network.session().run(duration);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("time_ms", network.session().timeMs());
        ObjectNode populations = answer.putObject("populations");
        for (PopulationSpec population : network.spec().populations()) {
            int spikes = result.spikeCount(population.name());
            populations.putObject(population.name()).put("spikes", spikes)
                    .put("rate_hz", Math.round(spikes / (population.size() * duration / 1000.0) * 100) / 100.0);
        }
        return answer.toString();
    }

    /** Describes network {@code id}. */
    @Tool(name = "inspect_network", value = "Describe a network built with build_network: populations, sizes, "
            + "models, synapses and simulated time so far.")
    public synchronized String inspectNetwork(@P("the id build_network answered") String id) {
        Built network = network(id);
        return id + ": " + describe(network.spec(), network.session());
    }

    private Built network(String id) {
        String key = ArgumentChecks.text("id", id, 32);
        Built network = networks.get(key);
        if (network == null) {
            throw new IllegalArgumentException("there is no network '" + key + "'; built: "
                    + (networks.isEmpty() ? "none yet (call build_network)" : String.join(", ", networks.keySet())));
        }
        return network;
    }

    private static String describe(NetworkSpec spec, SimulatorSession session) {
        StringBuilder text = new StringBuilder(spec.name()).append(", populations ");
        for (PopulationSpec p : spec.populations()) {
            text.append(String.format(Locale.ROOT, "%s (%d %s) ", p.name(), p.size(), p.model().getClass()
                    .getSimpleName()));
        }
        return text.append(String.format(Locale.ROOT, "with %d synapses, dt %.3f ms, at %.1f ms",
                session.synapseCount(), spec.dtMs(), session.timeMs())).toString();
    }

    /** The network {@code yaml} describes; an error names the line and what was expected. */
    private static NetworkSpec parse(String yaml) {
        Path file = null;
        try {
            file = Files.createTempFile("astrocyte-network-", ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return NetworkFileReader.read(file);
        } catch (InputException | InvalidNetworkException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException("invalid network: " + (file == null ? message
                    : message.replace(file.toString(), "yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
