package org.astrocyte.memory.sdm;

/**
 * What {@link SdmTheory} predicts for one read from a noisy cue of a stored item.
 *
 * @param items the number of items stored, T
 * @param noiseBits how many of the item's w active bits the cue has moved to random other bits
 * @param exactRecall the probability that the read returns the item exactly (all w bits, nothing else)
 * @param meanQuality the expected fraction of the item's bits the read recovers, E(overlap) / w
 */
public record SdmPrediction(int items, int noiseBits, double exactRecall, double meanQuality) {
}
