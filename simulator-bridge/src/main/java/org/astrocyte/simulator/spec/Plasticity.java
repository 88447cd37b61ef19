package org.astrocyte.simulator.spec;

/**
 * How the weights of a projection change while the network runs. Plastic weights stay within their rule's bounds
 * {@code [wMin, wMax]}, with {@code 0 <= wMin}: plastic synapses are excitatory, and weights drawn outside the
 * bounds are clipped into them when the network is built.
 */
public sealed interface Plasticity permits Plasticity.None, Stdp, RewardStdp, SynapticScaling {

    /** Static synapses. */
    static Plasticity none() {
        return None.INSTANCE;
    }

    /** Whether the weights can change. */
    default boolean isPlastic() {
        return this != None.INSTANCE;
    }

    /** Throws {@link InvalidNetworkException} naming {@code owner} and the field if the rule cannot run. */
    default void requireValid(String owner) {
    }

    /** {@code w} limited to the rule's bounds; unchanged for static synapses. */
    default double clip(double w) {
        return w;
    }

    /** The rule's key in network files ("stdp", "reward_stdp", "scaling"), or "none". */
    String kind();

    /** Static synapses: weights never change. */
    enum None implements Plasticity {
        INSTANCE;

        @Override
        public String kind() {
            return "none";
        }
    }
}
