package org.astrocyte.simulator.spec;

import static org.astrocyte.simulator.units.Dimension.CAPACITANCE;
import static org.astrocyte.simulator.units.Dimension.CONDUCTANCE;
import static org.astrocyte.simulator.units.Dimension.CURRENT;
import static org.astrocyte.simulator.units.Dimension.DIMENSIONLESS;
import static org.astrocyte.simulator.units.Dimension.RESISTANCE;
import static org.astrocyte.simulator.units.Dimension.TIME;
import static org.astrocyte.simulator.units.Dimension.VOLTAGE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The neuron models a network file can name, each with its parameter table (keys, dimensions, defaults) and the
 * factory that builds the model from values in working units. The defaults are those of each model's record.
 */
public enum ModelKind {
    CUBA_LIF("cuba_lif", CubaLif.class, v -> new CubaLif(v.get("capacitance"), v.get("tau_m"), v.get("v_rest"),
            v.get("v_reset"), v.get("v_threshold"), v.get("refractory"), v.get("tau_exc"), v.get("tau_inh")),
            p("capacitance", CAPACITANCE, 250), p("tau_m", TIME, 20), p("v_rest", VOLTAGE, -65),
            p("v_reset", VOLTAGE, -65), p("v_threshold", VOLTAGE, -50), p("refractory", TIME, 2),
            p("tau_exc", TIME, 5), p("tau_inh", TIME, 10)),
    COBA_LIF("coba_lif", CobaLif.class, v -> new CobaLif(v.get("capacitance"), v.get("tau_m"), v.get("v_rest"),
            v.get("v_reset"), v.get("v_threshold"), v.get("refractory"), v.get("tau_exc"), v.get("tau_inh"),
            v.get("e_exc"), v.get("e_inh")),
            p("capacitance", CAPACITANCE, 200), p("tau_m", TIME, 20), p("v_rest", VOLTAGE, -60),
            p("v_reset", VOLTAGE, -60), p("v_threshold", VOLTAGE, -50), p("refractory", TIME, 5),
            p("tau_exc", TIME, 5), p("tau_inh", TIME, 10), p("e_exc", VOLTAGE, 0), p("e_inh", VOLTAGE, -80)),
    ADEX("adex", AdEx.class, v -> new AdEx(v.get("capacitance"), v.get("g_leak"), v.get("v_rest"),
            v.get("v_t"), v.get("delta_t"), v.get("v_peak"), v.get("v_reset"), v.get("a"), v.get("b"),
            v.get("tau_w"), v.get("refractory"), v.get("tau_exc"), v.get("tau_inh")),
            p("capacitance", CAPACITANCE, 281), p("g_leak", CONDUCTANCE, 30), p("v_rest", VOLTAGE, -70.6),
            p("v_t", VOLTAGE, -50.4), p("delta_t", VOLTAGE, 2), p("v_peak", VOLTAGE, -40.4),
            p("v_reset", VOLTAGE, -70.6), p("a", CONDUCTANCE, 4), p("b", CURRENT, 80.5), p("tau_w", TIME, 144),
            p("refractory", TIME, 0), p("tau_exc", TIME, 5), p("tau_inh", TIME, 10)),
    IZHIKEVICH("izhikevich", Izhikevich.class, v -> new Izhikevich(v.get("a"), v.get("b"), v.get("c"),
            v.get("d"), v.get("v_peak"), v.get("tau_exc"), v.get("tau_inh")),
            p("a", DIMENSIONLESS, 0.02), p("b", DIMENSIONLESS, 0.2), p("c", VOLTAGE, -65), p("d", DIMENSIONLESS, 8),
            p("v_peak", VOLTAGE, 30), p("tau_exc", TIME, 5), p("tau_inh", TIME, 10)),
    INTEGRATE_AND_FIRE("if", IntegrateAndFire.class, v -> new IntegrateAndFire(v.get("capacitance"),
            v.get("v_reset"), v.get("v_threshold"), v.get("refractory"), v.get("tau_exc"), v.get("tau_inh")),
            p("capacitance", CAPACITANCE, 250), p("v_reset", VOLTAGE, -65), p("v_threshold", VOLTAGE, -50),
            p("refractory", TIME, 2), p("tau_exc", TIME, 5), p("tau_inh", TIME, 10)),
    LEAKY_INTEGRATOR("li", LeakyIntegrator.class, v -> new LeakyIntegrator(v.get("capacitance"), v.get("tau_m"),
            v.get("v_rest"), v.get("tau_exc"), v.get("tau_inh")),
            p("capacitance", CAPACITANCE, 250), p("tau_m", TIME, 20), p("v_rest", VOLTAGE, -65),
            p("tau_exc", TIME, 5), p("tau_inh", TIME, 10)),
    CURRENT_LIF("lif", CurrentLif.class, v -> new CurrentLif(v.get("tau_m"), v.get("resistance"), v.get("v_rest"),
            v.get("v_reset"), v.get("v_threshold"), v.get("refractory")),
            p("tau_m", TIME, 20), p("resistance", RESISTANCE, 80), p("v_rest", VOLTAGE, -65),
            p("v_reset", VOLTAGE, -65), p("v_threshold", VOLTAGE, -50), p("refractory", TIME, 0));

    private final String key;
    private final Class<? extends NeuronModel> type;
    private final Function<Map<String, Double>, NeuronModel> factory;
    private final List<ModelParameter> parameters;

    ModelKind(String key, Class<? extends NeuronModel> type, Function<Map<String, Double>, NeuronModel> factory,
            ModelParameter... parameters) {
        this.key = key;
        this.type = type;
        this.factory = factory;
        this.parameters = List.of(parameters);
    }

    private static ModelParameter p(String key, org.astrocyte.simulator.units.Dimension dimension, double value) {
        return new ModelParameter(key, dimension, value);
    }

    /** The name in files. */
    public String key() {
        return key;
    }

    /** The parameters, in the order of the model record's components. */
    public List<ModelParameter> parameters() {
        return parameters;
    }

    /**
     * Builds the model from {@code given} (keys from {@link #parameters()}, values in working units); parameters
     * left out take their defaults. An unknown key is an {@link InvalidNetworkException} listing the known ones.
     */
    public NeuronModel create(Map<String, Double> given) {
        Map<String, Double> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.key(), p.defaultValue()));
        given.forEach((name, value) -> {
            if (!values.containsKey(name)) {
                throw new InvalidNetworkException("model " + key + " has no parameter '" + name + "'; its parameters: "
                        + parameters.stream().map(ModelParameter::key).collect(Collectors.joining(", ")));
            }
            values.put(name, value);
        });
        return factory.apply(values);
    }

    /** The parameter called {@code name}, or an {@link InvalidNetworkException} listing the known ones. */
    public ModelParameter parameter(String name) {
        return parameters.stream().filter(p -> p.key().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidNetworkException("model " + key + " has no parameter '" + name
                        + "'; its parameters: " + parameters.stream().map(ModelParameter::key)
                        .collect(Collectors.joining(", "))));
    }

    /** The kind called {@code key} in files, or an {@link InvalidNetworkException} listing the known ones. */
    public static ModelKind ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidNetworkException("unknown neuron model '" + key + "'; known models: "
                        + Arrays.stream(values()).map(ModelKind::key).collect(Collectors.joining(", "))));
    }

    static ModelKind of(NeuronModel model) {
        for (ModelKind kind : values()) {
            if (kind.type.isInstance(model)) {
                return kind;
            }
        }
        throw new IllegalStateException("no kind for " + model);
    }
}
