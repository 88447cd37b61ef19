package org.astrocyte.simulator.spec;

/** How the weights of a projection change while the network runs. */
public sealed interface Plasticity {

    /** Static synapses. */
    static Plasticity none() {
        return None.INSTANCE;
    }

    /** Static synapses: weights never change. */
    enum None implements Plasticity {
        INSTANCE
    }
}
