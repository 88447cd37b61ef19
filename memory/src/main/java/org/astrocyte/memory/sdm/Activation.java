package org.astrocyte.memory.sdm;

/**
 * How a cue selects the hard locations of a {@link KanervaMemory} that a write updates and a read sums (Kanerva,
 * "Sparse Distributed Memory", MIT Press 1988: the access circle; Jaeckel 1989 and Furber et al. 2004 for the
 * sparse, selected-coordinate variants).
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
     * so that every cue activates exactly that many and a read costs the same for every cue. Overlaps take few
     * values, so many locations tie at the boundary, and the tie rule then favours the low-numbered ones for every
     * cue, which loads them more than the others. Measured for codes of 2048 bits with 40 active and 10 000
     * locations, from cues with 20 % of their bits moved: nearest 53 with 6-bit addresses recalls exactly in one
     * read up to about 760 items, half of what {@link #RADIUS} with the same mean activation holds (about 1 550);
     * with 32-bit addresses, about 290. {@link SdmTheory} does not cover this mode.
     */
    NEAREST_K
}
