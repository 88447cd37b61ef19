package org.astrocyte.simulator.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.astrocyte.core.config.InputException;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.ModelKind;
import org.astrocyte.simulator.spec.ModelParameter;
import org.astrocyte.simulator.spec.MonitorSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.PoissonInputSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SpikeTrainSpec;
import org.astrocyte.simulator.spec.ValueSpec;
import org.astrocyte.simulator.units.Dimension;

/**
 * Reads a network description from YAML (or JSON) into a validated {@link NetworkSpec}. Every physical value is
 * written with its unit ({@code tau_m: 20 ms}, {@code weight: 1.62 mV}); a missing or wrong unit, an unknown key, a
 * bad value or a network the spec rejects is an {@link InputException} naming the file, line, column, field and
 * what was expected. The format is documented with the examples in {@code examples/networks}.
 */
public final class NetworkFileReader {

    private static final Set<String> NETWORK_KEYS = Set.of("name", "dt", "populations", "poisson", "spike_trains",
            "currents", "projections", "monitors");
    private static final Set<String> POPULATION_KEYS = Set.of("name", "size", "model", "parameters", "initial");
    private static final Set<String> PROJECTION_KEYS = Set.of("source", "target", "connectivity", "weight",
            "delay", "plasticity");

    private final Path file;
    private final Map<String, PopulationSpec> populations = new LinkedHashMap<>();

    private NetworkFileReader(Path file) {
        this.file = file;
    }

    /** The network described in {@code file}. */
    public static NetworkSpec read(Path file) {
        return new NetworkFileReader(file).network(new NodeReader(file).read());
    }

    private NetworkSpec network(Node root) {
        Fields f = Fields.of(file, "", root, NETWORK_KEYS);
        NetworkSpec.Builder builder = NetworkSpec.builder(f.string("name"));
        if (f.has("dt")) {
            builder.dtMs(f.quantity("dt", Dimension.TIME));
        }
        List<Node> items = f.list("populations");
        for (int i = 0; i < items.size(); i++) {
            PopulationSpec population = population(items.get(i), "populations[" + i + "]");
            populations.put(population.name(), population);
            builder.population(population);
        }
        eachItem(f, "poisson", (node, path) -> builder.poisson(poisson(node, path)));
        eachItem(f, "spike_trains", (node, path) -> {
            SpikeTrainSpec train = spikeTrain(node, path);
            builder.spikeTrains(train.name(), train.timesMs());
        });
        eachItem(f, "currents", (node, path) -> builder.current(current(node, path)));
        eachItem(f, "projections", (node, path) -> builder.projection(projection(node, path)));
        eachItem(f, "monitors", (node, path) -> builder.monitor(monitor(node, path)));
        return checked(root, "", builder::build);
    }

    private interface ItemReader {
        void read(Node node, String path);
    }

    private void eachItem(Fields f, String key, ItemReader reader) {
        List<Node> items = f.optionalList(key);
        for (int i = 0; i < items.size(); i++) {
            reader.read(items.get(i), key + "[" + i + "]");
        }
    }

    private PopulationSpec population(Node node, String path) {
        Fields f = Fields.of(file, path, node, POPULATION_KEYS);
        String name = f.string("name");
        int size = f.integer("size");
        ModelKind kind = checked(f.node("model"), f.child("model"), () -> ModelKind.ofKey(f.string("model")));
        Map<String, Double> values = new LinkedHashMap<>();
        f.optionalMapping("parameters").forEach((key, value) -> {
            String where = f.child("parameters") + "." + key;
            ModelParameter parameter = checked(value, where, () -> kind.parameter(key));
            values.put(key, f.quantity(value, where, parameter.dimension(), v -> v));
        });
        NeuronModel model = checked(node, path, () -> kind.create(values));
        Map<String, ValueSpec> initial = new LinkedHashMap<>();
        f.optionalMapping("initial").forEach((variable, value) -> initial.put(variable,
                valueSpec(f, value, f.child("initial") + "." + variable, dimensionOfState(variable), v -> v)));
        return checked(node, path, () -> new PopulationSpec(name, size, model, initial));
    }

    private static Dimension dimensionOfState(String variable) {
        if (variable.equals("v")) {
            return Dimension.VOLTAGE;
        }
        if (variable.startsWith("g_")) {
            return Dimension.CONDUCTANCE;
        }
        return variable.equals("u") ? Dimension.DIMENSIONLESS : Dimension.CURRENT;
    }

    private PoissonInputSpec poisson(Node node, String path) {
        Fields f = Fields.of(file, path, node, Set.of("name", "size", "rate"));
        return checked(node, path, () -> new PoissonInputSpec(f.string("name"), f.integer("size"),
                f.quantity("rate", Dimension.RATE)));
    }

    private SpikeTrainSpec spikeTrain(Node node, String path) {
        Fields f = Fields.of(file, path, node, Set.of("name", "times"));
        List<Node> sources = f.list("times");
        List<double[]> times = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            String where = f.child("times") + "[" + s + "]";
            if (!(sources.get(s) instanceof Node.Sequence spikes)) {
                throw Fields.error(file, sources.get(s), where, "expected a list of spike times, got "
                        + sources.get(s).describe());
            }
            double[] t = new double[spikes.items().size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = f.quantity(spikes.items().get(k), where + "[" + k + "]", Dimension.TIME, v -> v);
            }
            times.add(t);
        }
        return checked(node, path, () -> new SpikeTrainSpec(f.string("name"), times));
    }

    private CurrentInputSpec current(Node node, String path) {
        Fields f = Fields.of(file, path, node, Set.of("population", "amplitude", "start", "stop"));
        double start = f.has("start") ? f.quantity("start", Dimension.TIME) : 0.0;
        double stop = f.has("stop") ? f.quantity("stop", Dimension.TIME) : Double.POSITIVE_INFINITY;
        return checked(node, path, () -> new CurrentInputSpec(f.string("population"),
                f.quantity("amplitude", Dimension.CURRENT), start, stop));
    }

    private ProjectionSpec projection(Node node, String path) {
        Fields f = Fields.of(file, path, node, PROJECTION_KEYS);
        String source = f.string("source");
        String target = f.string("target");
        PopulationSpec targetPopulation = populations.get(target);
        if (targetPopulation == null) {
            throw f.error(f.node("target"), "target", "unknown population '" + target + "'; populations: "
                    + String.join(", ", populations.keySet()));
        }
        Connectivity connectivity = ConnectivityReader.read(f, f.node("connectivity"), f.child("connectivity"));
        NeuronModel model = targetPopulation.model();
        ValueSpec weight = valueSpec(f, f.node("weight"), f.child("weight"), weightDimension(model, f.node("weight")),
                weightConversion(model, f.node("weight")));
        ValueSpec delay = valueSpec(f, f.node("delay"), f.child("delay"), Dimension.TIME, v -> v);
        Plasticity plasticity = f.has("plasticity") ? plasticity(f, model) : null;
        return checked(node, path, () -> new ProjectionSpec(source, target, connectivity, weight, delay, plasticity));
    }

    private Plasticity plasticity(Fields f, NeuronModel model) {
        Node node = f.node("plasticity");
        String path = f.child("plasticity");
        Plasticity rule = PlasticityReader.read(f, node, path, (fields, key) -> {
            Node value = fields.node(key);
            return fields.quantity(value, fields.child(key), weightDimension(model, value),
                    weightConversion(model, value));
        });
        return checked(node, path, () -> {
            rule.requireValid(rule.kind());
            return rule;
        });
    }

    /**
     * A weight is in the target's synaptic unit: pA for current-based models, nS for conductance-based ones; for
     * current-based LIF targets a voltage is accepted too, as the jump of a voltage-valued synaptic variable
     * (I = V/R), which is how Brian2's CUBA example writes its weights.
     */
    private static Dimension weightDimension(NeuronModel target, Node node) {
        if (target.synapseType() == NeuronModel.SynapseType.CONDUCTANCE) {
            return Dimension.CONDUCTANCE;
        }
        return target instanceof CubaLif && mentionsVolts(node) ? Dimension.VOLTAGE : Dimension.CURRENT;
    }

    private static DoubleUnaryOperator weightConversion(NeuronModel target, Node node) {
        return target instanceof CubaLif lif && weightDimension(target, node) == Dimension.VOLTAGE
                ? lif::currentForVoltageJump : v -> v;
    }

    private static boolean mentionsVolts(Node node) {
        return node instanceof Node.Scalar s && s.text() != null && s.text().trim().endsWith("V");
    }

    /**
     * A constant ({@code 1.5 mV}), {@code {uniform: [low, high]}}, {@code {normal: [mean, sd]}} or
     * {@code {values: [...]}}, each quantity of {@code dimension}, passed through {@code convert}.
     */
    ValueSpec valueSpec(Fields f, Node node, String path, Dimension dimension, DoubleUnaryOperator convert) {
        if (node instanceof Node.Scalar) {
            return ValueSpec.constant(f.quantity(node, path, dimension, convert));
        }
        Fields spec = Fields.of(file, path, node, Set.of("uniform", "normal", "values"));
        if (spec.has("uniform")) {
            double[] bounds = quantities(spec, "uniform", 2, dimension, convert);
            return checked(node, path, () -> ValueSpec.uniform(bounds[0], bounds[1]));
        }
        if (spec.has("normal")) {
            double[] meanSd = quantities(spec, "normal", 2, dimension, convert);
            double sd = meanSd[1] - convert.applyAsDouble(0.0);
            return checked(node, path, () -> ValueSpec.normal(meanSd[0], sd));
        }
        if (spec.has("values")) {
            return ValueSpec.values(quantities(spec, "values", -1, dimension, convert));
        }
        throw Fields.error(file, node, path, "expected a value with a unit, or one of uniform, normal, values");
    }

    private double[] quantities(Fields f, String key, int count, Dimension dimension, DoubleUnaryOperator convert) {
        List<Node> items = f.list(key);
        if (count >= 0 && items.size() != count) {
            throw f.error(f.node(key), key, "expected " + count + " values, got " + items.size());
        }
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.quantity(items.get(i), f.child(key) + "[" + i + "]", dimension, convert);
        }
        return values;
    }

    private MonitorSpec monitor(Node node, String path) {
        Fields f = Fields.of(file, path, node, Set.of("spikes", "state", "variable", "neurons", "interval", "rate",
                "bin"));
        if (f.has("spikes")) {
            return checked(node, path, () -> new MonitorSpec.Spikes(f.string("spikes")));
        }
        if (f.has("rate")) {
            return checked(node, path, () -> new MonitorSpec.Rate(f.string("rate"), f.quantity("bin",
                    Dimension.TIME)));
        }
        if (f.has("state")) {
            List<Node> items = f.list("neurons");
            int[] neurons = new int[items.size()];
            for (int i = 0; i < neurons.length; i++) {
                neurons[i] = (int) f.number(items.get(i), f.child("neurons") + "[" + i + "]");
            }
            return checked(node, path, () -> new MonitorSpec.State(f.string("state"), f.string("variable"), neurons,
                    f.quantity("interval", Dimension.TIME)));
        }
        throw Fields.error(file, node, path, "expected a monitor: spikes, state or rate");
    }

    /** Runs a spec constructor and turns its {@link InvalidNetworkException} into an error at {@code node}. */
    <T> T checked(Node node, String path, java.util.function.Supplier<T> construct) {
        try {
            return construct.get();
        } catch (InvalidNetworkException e) {
            throw Fields.error(file, node, path, e.getMessage());
        }
    }
}
