package org.astrocyte.simulator.nir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The NIR field names of each node type (as NIR's {@code nir/serialization.py} reads them) and the mapping between
 * those fields and the {@link NirNode} records. Graphs are not handled here: their nodes and edges need recursion.
 */
final class NirNodeCodec {

    private NirNodeCodec() {
    }

    /** The node of {@code type} from its datasets; unknown types become {@link NirNode.Unsupported}. */
    static NirNode decode(String type, NodeFields f, Map<String, NirValue> metadata) {
        return switch (type) {
            case "Input" -> new NirNode.Input(f.array("shape"), metadata);
            case "Output" -> new NirNode.Output(f.array("shape"), metadata);
            case "Affine" -> new NirNode.Affine(f.array("weight"), f.array("bias"), metadata);
            case "Linear" -> new NirNode.Linear(f.array("weight"), metadata);
            case "Scale" -> new NirNode.Scale(f.array("scale"), metadata);
            case "Threshold" -> new NirNode.Threshold(f.array("threshold"), metadata);
            case "Delay" -> new NirNode.Delay(f.array("delay"), metadata);
            case "I" -> new NirNode.I(f.array("r"), metadata);
            case "IF" -> new NirNode.IF(f.array("r"), f.array("v_threshold"), f.optionalArray("v_reset"), metadata);
            case "LI" -> new NirNode.LI(f.array("tau"), f.array("r"), f.array("v_leak"), metadata);
            case "LIF" -> new NirNode.LIF(f.array("tau"), f.array("r"), f.array("v_leak"), f.array("v_threshold"),
                    f.optionalArray("v_reset"), metadata);
            case "CubaLI" -> new NirNode.CubaLI(f.array("tau_syn"), f.array("tau_mem"), f.array("r"),
                    f.array("v_leak"), f.optionalArray("w_in"), metadata);
            case "CubaLIF" -> new NirNode.CubaLIF(f.array("tau_syn"), f.array("tau_mem"), f.array("r"),
                    f.array("v_leak"), f.array("v_threshold"), f.optionalArray("v_reset"), f.optionalArray("w_in"),
                    metadata);
            default -> new NirNode.Unsupported(type, f.all(), metadata);
        };
    }

    /** The datasets of a node other than a graph, by NIR field name, without {@code type} and {@code metadata}. */
    static Map<String, NirValue> encode(NirNode node) {
        Map<String, NirValue> fields = new LinkedHashMap<>();
        if (node instanceof NirNode.Input n) {
            fields.put("shape", n.shape());
        } else if (node instanceof NirNode.Output n) {
            fields.put("shape", n.shape());
        } else if (node instanceof NirNode.Affine n) {
            fields.put("weight", n.weight());
            fields.put("bias", n.bias());
        } else if (node instanceof NirNode.Linear n) {
            fields.put("weight", n.weight());
        } else if (node instanceof NirNode.Scale n) {
            fields.put("scale", n.scale());
        } else if (node instanceof NirNode.Threshold n) {
            fields.put("threshold", n.threshold());
        } else if (node instanceof NirNode.Delay n) {
            fields.put("delay", n.delay());
        } else if (node instanceof NirNode.I n) {
            fields.put("r", n.r());
        } else if (node instanceof NirNode.IF n) {
            fields.put("r", n.r());
            fields.put("v_threshold", n.vThreshold());
            putIfPresent(fields, "v_reset", n.vReset());
        } else if (node instanceof NirNode.LI n) {
            fields.put("tau", n.tau());
            fields.put("r", n.r());
            fields.put("v_leak", n.vLeak());
        } else if (node instanceof NirNode.LIF n) {
            fields.put("tau", n.tau());
            fields.put("r", n.r());
            fields.put("v_leak", n.vLeak());
            fields.put("v_threshold", n.vThreshold());
            putIfPresent(fields, "v_reset", n.vReset());
        } else if (node instanceof NirNode.CubaLI n) {
            fields.put("tau_syn", n.tauSyn());
            fields.put("tau_mem", n.tauMem());
            fields.put("r", n.r());
            fields.put("v_leak", n.vLeak());
            putIfPresent(fields, "w_in", n.wIn());
        } else if (node instanceof NirNode.CubaLIF n) {
            fields.put("tau_syn", n.tauSyn());
            fields.put("tau_mem", n.tauMem());
            fields.put("r", n.r());
            fields.put("v_leak", n.vLeak());
            fields.put("v_threshold", n.vThreshold());
            putIfPresent(fields, "v_reset", n.vReset());
            putIfPresent(fields, "w_in", n.wIn());
        } else if (node instanceof NirNode.Unsupported n) {
            fields.putAll(n.attributes());
        } else {
            throw new IllegalArgumentException("not a leaf node: " + node.type());
        }
        return fields;
    }

    private static void putIfPresent(Map<String, NirValue> fields, String name, NirArray value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
