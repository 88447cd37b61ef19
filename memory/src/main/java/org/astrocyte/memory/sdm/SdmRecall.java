package org.astrocyte.memory.sdm;

import org.astrocyte.memory.sdr.Sdr;

/**
 * The outcome of cleaning up a code by iterated reads ({@link KanervaMemory#cleanUp}).
 *
 * @param code the last code read (empty if a read found nothing written)
 * @param iterations the number of reads performed, including the read that confirmed a fixed point
 * @param converged whether the last read returned its own cue, a fixed point of the memory
 */
public record SdmRecall(Sdr code, int iterations, boolean converged) {
}
