package org.astrocyte.memory.sdm;

/**
 * How a cue selects the hard locations of a {@link KanervaMemory} that a write updates and a read sums (Kanerva,
 * "Sparse Distributed Memory", MIT Press 1988, ch. 5: the access circle; Jaeckel 1989 and Furber et al. 2004 for
 * the sparse, selected-coordinate variants).
 */
public enum Activation {

    /**
     * Every location whose address shares at least {@code threshold} active bits with the cue. For a cue of
     * {@code w} active bits and addresses of {@code a}, an overlap of at least theta is a Hamming distance of at
     * most {@code w + a - 2 theta}: Kanerva's access radius, counted in shared bits. The number of activated
     * locations varies from cue to cue; {@link SdmTheory} predicts its mean.
     */
    RADIUS,

    /**
     * The {@code nearest} locations of largest overlap with the cue, ties broken by the lower location number,
     * so that every cue activates exactly that many. With few address bits most overlaps tie, and the tie rule
     * then favours low-numbered locations for every cue, which loads them more than the others: use this mode
     * with addresses of many bits (tens to hundreds), where overlaps spread over many values.
     */
    NEAREST_K
}
