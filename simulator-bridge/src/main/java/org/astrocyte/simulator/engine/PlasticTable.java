package org.astrocyte.simulator.engine;

import org.astrocyte.simulator.spec.ProjectionSpec;

/**
 * The synapses of one plastic projection, kept apart from the static ones because their weights change.
 *
 * @param index the projection's index in the spec
 * @param projection the projection
 * @param synapses its synapses, in CSR form by global source
 */
record PlasticTable(int index, ProjectionSpec projection, SynapseTable synapses) {
}
