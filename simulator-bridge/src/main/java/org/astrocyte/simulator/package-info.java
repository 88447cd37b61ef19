/**
 * The bridge to the embedded spiking simulator: open a {@link org.astrocyte.simulator.SimulatorSession} from a
 * {@link org.astrocyte.simulator.spec.NetworkSpec} and a seed, set input currents and rates, run for a duration,
 * and read spike counts, monitors and membrane potentials.
 */
package org.astrocyte.simulator;
