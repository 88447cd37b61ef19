/**
 * Immutable, validated descriptions of spiking networks (populations, Poisson inputs, projections) and the limits a
 * session enforces. Invalid descriptions throw {@link org.astrocyte.simulator.spec.InvalidNetworkException} with a
 * message naming the field and the reason.
 */
package org.astrocyte.simulator.spec;
