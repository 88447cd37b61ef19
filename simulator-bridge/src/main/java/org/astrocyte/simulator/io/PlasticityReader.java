package org.astrocyte.simulator.io;

import java.util.List;
import java.util.Set;
import org.astrocyte.simulator.spec.Plasticity;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.SynapticScaling;
import org.astrocyte.simulator.units.Dimension;

/**
 * Reads the {@code plasticity} of a projection, a mapping with a {@code rule}:
 * <ul>
 * <li>{@code stdp}: {@code tau_plus}, {@code tau_minus} (times), {@code a_plus}, {@code a_minus}, {@code w_min},
 *     {@code w_max} (weights, in the projection's weight unit), {@code bounds: additive | multiplicative};</li>
 * <li>{@code reward_stdp}: the keys of stdp plus {@code tau_eligibility}, {@code tau_reward} (times),
 *     {@code learning_rate} (a rate, e.g. {@code 10 Hz}) and {@code channel} (the reward input's name);</li>
 * <li>{@code scaling}: {@code target_rate} (a rate), {@code tau_rate}, {@code period} (times), {@code gain} (a
 *     number in (0, 1]), {@code w_min}, {@code w_max} (weights).</li>
 * </ul>
 */
final class PlasticityReader {

    /** Reads a weight-valued field in the unit of the projection's target. */
    interface WeightField {
        double read(Fields fields, String key);
    }

    private static final List<String> RULES = List.of("stdp", "reward_stdp", "scaling");
    private static final Set<String> STDP_KEYS = Set.of("rule", "tau_plus", "tau_minus", "a_plus", "a_minus",
            "w_min", "w_max", "bounds");
    private static final Set<String> REWARD_KEYS = Set.of("rule", "tau_plus", "tau_minus", "a_plus", "a_minus",
            "w_min", "w_max", "bounds", "tau_eligibility", "tau_reward", "learning_rate", "channel");
    private static final Set<String> SCALING_KEYS = Set.of("rule", "target_rate", "tau_rate", "gain", "period",
            "w_min", "w_max");
    private static final Set<String> ANY_KEYS = Set.of("rule", "tau_plus", "tau_minus", "a_plus", "a_minus",
            "w_min", "w_max", "bounds", "tau_eligibility", "tau_reward", "learning_rate", "channel", "target_rate",
            "tau_rate", "gain", "period");

    private PlasticityReader() {
    }

    static Plasticity read(Fields owner, Node node, String path, WeightField weight) {
        String rule = Fields.of(owner.file(), path, node, ANY_KEYS).string("rule");
        return switch (rule) {
            case "stdp" -> stdp(Fields.of(owner.file(), path, node, STDP_KEYS), weight);
            case "reward_stdp" -> rewardStdp(Fields.of(owner.file(), path, node, REWARD_KEYS), weight);
            case "scaling" -> scaling(Fields.of(owner.file(), path, node, SCALING_KEYS), weight);
            default -> {
                Fields f = Fields.of(owner.file(), path, node, ANY_KEYS);
                throw f.error(f.node("rule"), "rule", "unknown plasticity rule '" + rule + "'; rules: "
                        + String.join(", ", RULES));
            }
        };
    }

    private static Stdp stdp(Fields f, WeightField weight) {
        String bounds = f.string("bounds");
        Stdp.Bounds kind = switch (bounds) {
            case "additive" -> Stdp.Bounds.ADDITIVE;
            case "multiplicative" -> Stdp.Bounds.MULTIPLICATIVE;
            default -> throw f.error(f.node("bounds"), "bounds", "expected additive or multiplicative, got '"
                    + bounds + "'");
        };
        return new Stdp(f.quantity("tau_plus", Dimension.TIME), f.quantity("tau_minus", Dimension.TIME),
                weight.read(f, "a_plus"), weight.read(f, "a_minus"), weight.read(f, "w_min"),
                weight.read(f, "w_max"), kind);
    }

    private static RewardStdp rewardStdp(Fields f, WeightField weight) {
        return new RewardStdp(stdp(f, weight), f.quantity("tau_eligibility", Dimension.TIME),
                f.quantity("tau_reward", Dimension.TIME), f.quantity("learning_rate", Dimension.RATE),
                f.string("channel"));
    }

    private static SynapticScaling scaling(Fields f, WeightField weight) {
        return new SynapticScaling(f.quantity("target_rate", Dimension.RATE), f.quantity("tau_rate", Dimension.TIME),
                f.number("gain"), f.quantity("period", Dimension.TIME), weight.read(f, "w_min"),
                weight.read(f, "w_max"));
    }
}
