/**
 * Internal: the single-threaded simulation engine (struct-of-arrays neuron state, CSR synapses, delay ring buffers,
 * exact integration). Other modules use {@link org.astrocyte.simulator.SimulatorSession} instead.
 */
package org.astrocyte.simulator.engine;
