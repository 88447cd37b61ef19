/**
 * Reading and writing graphs in NIR, the Neuromorphic Intermediate Representation (Pedersen et al. 2024, Nature
 * Communications 15:8122; github.com/neuromorphs/NIR), the HDF5 format that snnTorch, Norse, Lava-DL, Sinabs,
 * Rockpool, SpiNNaker2, Loihi and Xylo exchange.
 *
 * <p>{@link org.astrocyte.simulator.nir.NirReader} turns a {@code .nir} file into an immutable
 * {@link org.astrocyte.simulator.nir.NirGraph} of typed {@link org.astrocyte.simulator.nir.NirNode}s whose parameters
 * are {@link org.astrocyte.simulator.nir.NirArray}s kept exactly as stored (element type, shape and bits), and
 * {@link org.astrocyte.simulator.nir.NirWriter} writes such a graph back in the layout of NIR's Python writer.
 * Graphs and files keep NIR's units (seconds for time constants and delays).
 *
 * <p>{@link org.astrocyte.simulator.nir.NirImport} maps a graph onto a
 * {@link org.astrocyte.simulator.spec.NetworkSpec} in the simulator's working units, and
 * {@link org.astrocyte.simulator.nir.NirExport} maps a spec back; both document the unit and node mapping.
 */
package org.astrocyte.simulator.nir;
