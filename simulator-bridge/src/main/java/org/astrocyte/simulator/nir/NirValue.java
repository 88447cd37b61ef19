package org.astrocyte.simulator.nir;

/**
 * One dataset of a NIR node: a numeric tensor ({@link NirArray}) or a string ({@link NirText}). Node parameters of
 * the supported types are always arrays; strings occur in metadata and in some node types this package does not
 * simulate (e.g. a convolution's {@code padding = "same"}).
 */
public sealed interface NirValue permits NirArray, NirText {
}
