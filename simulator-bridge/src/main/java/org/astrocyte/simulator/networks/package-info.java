/** Published networks, built as specs: the Vogels-Abbott CUBA and COBA benchmarks. */
package org.astrocyte.simulator.networks;
