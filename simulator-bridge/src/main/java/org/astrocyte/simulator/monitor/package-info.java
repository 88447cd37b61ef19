/** Observers of a running network: spike, state and rate monitors, and the listener interface they share. */
package org.astrocyte.simulator.monitor;
