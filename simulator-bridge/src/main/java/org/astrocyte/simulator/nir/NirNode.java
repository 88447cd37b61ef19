package org.astrocyte.simulator.nir;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One node of a {@link NirGraph}: a NIR primitive with its parameters as stored. Each record names its components
 * after the NIR fields in camel case ({@code v_threshold} is {@code vThreshold}) and documents the equation NIR gives
 * for it. Units are NIR's and are not converted: time constants ({@code tau}, {@code tauSyn}, {@code tauMem}) and
 * delays are in seconds; potentials ({@code vLeak}, {@code vThreshold}, {@code vReset}) and the resistance
 * {@code r} are in the unitless scale of the exporting framework. Every node may carry free-form {@code metadata}
 * (NIR's {@code metadata} group), empty when the file has none.
 */
public sealed interface NirNode permits NirGraph, NirNode.Input, NirNode.Output, NirNode.Affine, NirNode.Linear,
        NirNode.Scale, NirNode.Threshold, NirNode.Delay, NirNode.I, NirNode.IF, NirNode.LI, NirNode.LIF,
        NirNode.CubaLI, NirNode.CubaLIF, NirNode.Unsupported {

    /** The NIR type names that have a record of their own here (all but {@link Unsupported}). */
    Set<String> SUPPORTED_TYPES = Set.of("NIRGraph", "Input", "Output", "Affine", "Linear", "Scale", "Threshold",
            "Delay", "I", "IF", "LI", "LIF", "CubaLI", "CubaLIF");

    /** The NIR type name, as in the node's {@code type} dataset (e.g. {@code LIF}). */
    String type();

    /** Free-form metadata; keys with '/' name datasets in sub-groups of the {@code metadata} group. */
    Map<String, NirValue> metadata();

    /**
     * Entry point of data into the graph.
     *
     * @param shape the shape of the incoming data (NIR field {@code shape}, int64 in the files seen)
     * @param metadata free-form metadata
     */
    record Input(NirArray shape, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Input {
            Objects.requireNonNull(shape, "shape");
            metadata = NirNames.copyValues(metadata);
        }

        /** An input without metadata. */
        public Input(NirArray shape) {
            this(shape, Map.of());
        }

        @Override
        public String type() {
            return "Input";
        }
    }

    /**
     * Exit point of data from the graph.
     *
     * @param shape the shape of the outgoing data (NIR field {@code shape})
     * @param metadata free-form metadata
     */
    record Output(NirArray shape, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Output {
            Objects.requireNonNull(shape, "shape");
            metadata = NirNames.copyValues(metadata);
        }

        /** An output without metadata. */
        public Output(NirArray shape) {
            this(shape, Map.of());
        }

        @Override
        public String type() {
            return "Output";
        }
    }

    /**
     * Affine map {@code y = W x + b}.
     *
     * @param weight the matrix W, shape (outputs, inputs)
     * @param bias the vector b, shape (outputs)
     * @param metadata free-form metadata
     */
    record Affine(NirArray weight, NirArray bias, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Affine {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(bias, "bias");
            metadata = NirNames.copyValues(metadata);
        }

        /** An affine map without metadata. */
        public Affine(NirArray weight, NirArray bias) {
            this(weight, bias, Map.of());
        }

        @Override
        public String type() {
            return "Affine";
        }
    }

    /**
     * Linear map {@code y = W x}.
     *
     * @param weight the matrix W, shape (outputs, inputs)
     * @param metadata free-form metadata
     */
    record Linear(NirArray weight, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Linear {
            Objects.requireNonNull(weight, "weight");
            metadata = NirNames.copyValues(metadata);
        }

        /** A linear map without metadata. */
        public Linear(NirArray weight) {
            this(weight, Map.of());
        }

        @Override
        public String type() {
            return "Linear";
        }
    }

    /**
     * Element-wise scaling {@code y = s ⊙ x}.
     *
     * @param scale the factors s
     * @param metadata free-form metadata
     */
    record Scale(NirArray scale, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Scale {
            Objects.requireNonNull(scale, "scale");
            metadata = NirNames.copyValues(metadata);
        }

        /** A scaling without metadata. */
        public Scale(NirArray scale) {
            this(scale, Map.of());
        }

        @Override
        public String type() {
            return "Scale";
        }
    }

    /**
     * Heaviside step {@code z = 1 if x > threshold else 0}.
     *
     * @param threshold the thresholds, in the unit of the input
     * @param metadata free-form metadata
     */
    record Threshold(NirArray threshold, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Threshold {
            Objects.requireNonNull(threshold, "threshold");
            metadata = NirNames.copyValues(metadata);
        }

        /** A threshold without metadata. */
        public Threshold(NirArray threshold) {
            this(threshold, Map.of());
        }

        @Override
        public String type() {
            return "Threshold";
        }
    }

    /**
     * Pure delay {@code y(t) = x(t - delay)}.
     *
     * @param delay the delays, in seconds
     * @param metadata free-form metadata
     */
    record Delay(NirArray delay, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            metadata = NirNames.copyValues(metadata);
        }

        /** A delay without metadata. */
        public Delay(NirArray delay) {
            this(delay, Map.of());
        }

        @Override
        public String type() {
            return "Delay";
        }
    }

    /**
     * Integrator {@code dv/dt = r I}.
     *
     * @param r the resistance (unitless scale)
     * @param metadata free-form metadata
     */
    record I(NirArray r, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public I {
            Objects.requireNonNull(r, "r");
            metadata = NirNames.copyValues(metadata);
        }

        /** An integrator without metadata. */
        public I(NirArray r) {
            this(r, Map.of());
        }

        @Override
        public String type() {
            return "I";
        }
    }

    /**
     * Integrate-and-fire neuron {@code dv/dt = r I}; it spikes when {@code v > vThreshold} and v is then set to
     * {@code vReset}.
     *
     * @param r the resistance (unitless scale)
     * @param vThreshold the firing threshold ({@code v_threshold})
     * @param vReset the reset potential ({@code v_reset}), or null when the file has none: NIR then resets to 0
     * @param metadata free-form metadata
     */
    record IF(NirArray r, NirArray vThreshold, NirArray vReset, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public IF {
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vThreshold, "vThreshold");
            metadata = NirNames.copyValues(metadata);
        }

        /** A neuron without metadata. */
        public IF(NirArray r, NirArray vThreshold, NirArray vReset) {
            this(r, vThreshold, vReset, Map.of());
        }

        /** {@code vReset}, or zeros shaped like {@code vThreshold} when absent (NIR's default). */
        public NirArray vResetOrDefault() {
            return vReset != null ? vReset : NirArray.filledLike(vThreshold, 0);
        }

        @Override
        public String type() {
            return "IF";
        }
    }

    /**
     * Leaky integrator {@code tau dv/dt = (vLeak - v) + r I}.
     *
     * @param tau the time constant, in seconds
     * @param r the resistance (unitless scale)
     * @param vLeak the leak (resting) potential ({@code v_leak})
     * @param metadata free-form metadata
     */
    record LI(NirArray tau, NirArray r, NirArray vLeak, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public LI {
            Objects.requireNonNull(tau, "tau");
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vLeak, "vLeak");
            metadata = NirNames.copyValues(metadata);
        }

        /** A leaky integrator without metadata. */
        public LI(NirArray tau, NirArray r, NirArray vLeak) {
            this(tau, r, vLeak, Map.of());
        }

        @Override
        public String type() {
            return "LI";
        }
    }

    /**
     * Leaky integrate-and-fire neuron {@code tau dv/dt = (vLeak - v) + r I}; it spikes when {@code v > vThreshold}
     * and v is then set to {@code vReset}.
     *
     * @param tau the membrane time constant, in seconds
     * @param r the resistance (unitless scale)
     * @param vLeak the leak (resting) potential ({@code v_leak})
     * @param vThreshold the firing threshold ({@code v_threshold})
     * @param vReset the reset potential ({@code v_reset}), or null when the file has none: NIR then resets to 0
     * @param metadata free-form metadata
     */
    record LIF(NirArray tau, NirArray r, NirArray vLeak, NirArray vThreshold, NirArray vReset,
            Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public LIF {
            Objects.requireNonNull(tau, "tau");
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vLeak, "vLeak");
            Objects.requireNonNull(vThreshold, "vThreshold");
            metadata = NirNames.copyValues(metadata);
        }

        /** A neuron without metadata. */
        public LIF(NirArray tau, NirArray r, NirArray vLeak, NirArray vThreshold, NirArray vReset) {
            this(tau, r, vLeak, vThreshold, vReset, Map.of());
        }

        /** {@code vReset}, or zeros shaped like {@code vThreshold} when absent (NIR's default). */
        public NirArray vResetOrDefault() {
            return vReset != null ? vReset : NirArray.filledLike(vThreshold, 0);
        }

        @Override
        public String type() {
            return "LIF";
        }
    }

    /**
     * Current-based leaky integrator: {@code tauSyn dI/dt = -I + wIn S}, {@code tauMem dv/dt = (vLeak - v) + r I}.
     *
     * @param tauSyn the synaptic time constant ({@code tau_syn}), in seconds
     * @param tauMem the membrane time constant ({@code tau_mem}), in seconds
     * @param r the resistance (unitless scale)
     * @param vLeak the leak (resting) potential ({@code v_leak})
     * @param wIn the element-wise input weight ({@code w_in}), or null when the file has none: NIR then uses 1
     * @param metadata free-form metadata
     */
    record CubaLI(NirArray tauSyn, NirArray tauMem, NirArray r, NirArray vLeak, NirArray wIn,
            Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public CubaLI {
            Objects.requireNonNull(tauSyn, "tauSyn");
            Objects.requireNonNull(tauMem, "tauMem");
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vLeak, "vLeak");
            metadata = NirNames.copyValues(metadata);
        }

        /** A leaky integrator without metadata. */
        public CubaLI(NirArray tauSyn, NirArray tauMem, NirArray r, NirArray vLeak, NirArray wIn) {
            this(tauSyn, tauMem, r, vLeak, wIn, Map.of());
        }

        /** {@code wIn}, or ones shaped like {@code vLeak} when absent (NIR's default). */
        public NirArray wInOrDefault() {
            return wIn != null ? wIn : NirArray.filledLike(vLeak, 1);
        }

        @Override
        public String type() {
            return "CubaLI";
        }
    }

    /**
     * Current-based leaky integrate-and-fire neuron: {@code tauSyn dI/dt = -I + wIn S},
     * {@code tauMem dv/dt = (vLeak - v) + r I}; it spikes when {@code v > vThreshold} and v is then set to
     * {@code vReset}.
     *
     * @param tauSyn the synaptic time constant ({@code tau_syn}), in seconds
     * @param tauMem the membrane time constant ({@code tau_mem}), in seconds
     * @param r the resistance (unitless scale)
     * @param vLeak the leak (resting) potential ({@code v_leak})
     * @param vThreshold the firing threshold ({@code v_threshold})
     * @param vReset the reset potential ({@code v_reset}), or null when the file has none: NIR then resets to 0
     * @param wIn the element-wise input weight ({@code w_in}), or null when the file has none: NIR then uses 1
     * @param metadata free-form metadata
     */
    record CubaLIF(NirArray tauSyn, NirArray tauMem, NirArray r, NirArray vLeak, NirArray vThreshold,
            NirArray vReset, NirArray wIn, Map<String, NirValue> metadata) implements NirNode {
        /** Checks the fields and copies the metadata. */
        public CubaLIF {
            Objects.requireNonNull(tauSyn, "tauSyn");
            Objects.requireNonNull(tauMem, "tauMem");
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vLeak, "vLeak");
            Objects.requireNonNull(vThreshold, "vThreshold");
            metadata = NirNames.copyValues(metadata);
        }

        /** A neuron without metadata. */
        public CubaLIF(NirArray tauSyn, NirArray tauMem, NirArray r, NirArray vLeak, NirArray vThreshold,
                NirArray vReset, NirArray wIn) {
            this(tauSyn, tauMem, r, vLeak, vThreshold, vReset, wIn, Map.of());
        }

        /** {@code vReset}, or zeros shaped like {@code vThreshold} when absent (NIR's default). */
        public NirArray vResetOrDefault() {
            return vReset != null ? vReset : NirArray.filledLike(vThreshold, 0);
        }

        /** {@code wIn}, or ones shaped like {@code vThreshold} when absent (NIR's default). */
        public NirArray wInOrDefault() {
            return wIn != null ? wIn : NirArray.filledLike(vThreshold, 1);
        }

        @Override
        public String type() {
            return "CubaLIF";
        }
    }

    /**
     * A node of a type that has no record here (Conv1d, Conv2d, SumPool2d, AvgPool2d, Flatten, Identity, or a
     * type newer than this reader), kept with all its datasets so that it can be listed and written back unchanged.
     *
     * @param type the NIR type name; not one of {@link #SUPPORTED_TYPES}
     * @param attributes every dataset of the node but {@code type} and {@code metadata}, by NIR field name; keys
     *     with '/' name datasets in sub-groups
     * @param metadata free-form metadata
     */
    record Unsupported(String type, Map<String, NirValue> attributes, Map<String, NirValue> metadata)
            implements NirNode {
        /** Checks the fields and copies the maps. */
        public Unsupported {
            Objects.requireNonNull(type, "type");
            if (SUPPORTED_TYPES.contains(type)) {
                throw new IllegalArgumentException(type + " has a record of its own");
            }
            attributes = NirNames.copyValues(attributes);
            for (String key : attributes.keySet()) {
                String top = key.split("/", 2)[0];
                if (top.equals("type") || top.equals("metadata")) {
                    throw new IllegalArgumentException("attribute '" + key + "' clashes with the node's " + top);
                }
            }
            metadata = NirNames.copyValues(metadata);
        }

        /** A node without metadata. */
        public Unsupported(String type, Map<String, NirValue> attributes) {
            this(type, attributes, Map.of());
        }
    }
}
