/** {@code astrocyte simulate}: running a network file on its own, with spikes streamed to disk, a summary and a raster. */
package org.astrocyte.scenarios.simulate;
