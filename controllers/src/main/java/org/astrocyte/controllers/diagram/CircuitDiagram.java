package org.astrocyte.controllers.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.PoissonInputSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SpikeTrainSpec;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * Draws a {@link NetworkSpec} as a <a href="https://mermaid.js.org/syntax/flowchart.html">Mermaid</a> flowchart, for
 * the documentation of reflex circuits: a box per population (name, size and neuron model), a rounded node per
 * Poisson input (size and rate, Hz), a slanted node per spike-train input and a flag per injected current (pA), and
 * an edge per projection labelled with its weight (pA onto current-based neurons, nS onto conductance-based ones).
 * Excitatory edges are arrows ({@code -->}), inhibitory ones end in a cross ({@code --x}); a plastic projection's
 * label names its rule. The output depends on the spec alone, line for line, so that a document can embed it and a
 * test can check that the document is current.
 */
public final class CircuitDiagram {

    private static final String INDENT = "    ";

    private CircuitDiagram() {
    }

    /** The Mermaid source of {@code spec}'s diagram, ending with a newline. */
    public static String mermaid(NetworkSpec spec) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (PopulationSpec population : spec.populations()) {
            String id = id("p_", population.name(), taken);
            ids.put(population.name(), id);
            line(out, id + "[\"" + text(population.name()) + "<br/>" + population.size() + " × "
                    + population.model().kind() + "\"]");
        }
        for (PoissonInputSpec input : spec.poissonInputs()) {
            String id = id("in_", input.name(), taken);
            ids.put(input.name(), id);
            line(out, id + "([\"" + text(input.name()) + "<br/>" + input.size() + " × Poisson "
                    + number(input.rateHz()) + " Hz\"])");
        }
        for (SpikeTrainSpec input : spec.spikeTrains()) {
            String id = id("in_", input.name(), taken);
            ids.put(input.name(), id);
            line(out, id + "[/\"" + text(input.name()) + "<br/>" + input.size() + " × spike train\"/]");
        }
        int current = 0;
        for (CurrentInputSpec input : spec.currents()) {
            String id = id("i_", String.valueOf(current++), taken);
            String window = input.startMs() == 0 && input.stopMs() == Double.POSITIVE_INFINITY ? ""
                    : "<br/>" + number(input.startMs()) + " to " + number(input.stopMs()) + " ms";
            line(out, id + ">\"" + number(input.amplitudePa()) + " pA" + window + "\"]");
            line(out, id + " --> " + ids.get(input.population()));
        }
        for (ProjectionSpec projection : spec.projections()) {
            String label = weight(projection, spec) + (projection.plasticity().isPlastic()
                    ? ", plastic: " + projection.plasticity().kind() : "");
            String arrow = inhibitory(projection) ? " --x" : " -->";
            line(out, ids.get(projection.source()) + arrow + "|\"" + label + "\"| " + ids.get(projection.target()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(INDENT).append(text).append('\n');
    }

    /** A Mermaid node id from a name: letters, digits and underscores, unique within the diagram. */
    private static String id(String prefix, String name, Set<String> taken) {
        String base = prefix + name.replaceAll("[^A-Za-z0-9_]", "_");
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** A name made safe inside a quoted Mermaid label. */
    private static String text(String name) {
        return name.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String weight(ProjectionSpec projection, NetworkSpec spec) {
        NeuronModel target = spec.population(projection.target()).model();
        String unit = target.synapseType() == NeuronModel.SynapseType.CURRENT ? " pA" : " nS";
        String value = projection.weight() instanceof ValueSpec.Constant constant ? number(constant.value())
                : text(projection.weight().describe());
        return (projection.connectivity() instanceof Connectivity.Dense ? "matrix × " : "") + value + unit;
    }

    /** Whether every synapse of the projection is inhibitory (negative). */
    private static boolean inhibitory(ProjectionSpec projection) {
        ValueSpec weight = projection.weight();
        if (projection.connectivity() instanceof Connectivity.Dense dense) {
            double lowest = 0;
            double highest = 0;
            for (int s = 0; s < dense.sources(); s++) {
                for (int t = 0; t < dense.targets(); t++) {
                    double w = dense.weight(s, t);
                    lowest = Math.min(lowest, Math.min(w * weight.lowest(), w * weight.highest()));
                    highest = Math.max(highest, Math.max(w * weight.lowest(), w * weight.highest()));
                }
            }
            return lowest < 0 && highest <= 0;
        }
        return weight.highest() < 0;
    }

    /** A number without a trailing ".0" and with at most six significant digits, whatever the locale. */
    static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
