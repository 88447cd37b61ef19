/** Physical units of network descriptions: quantities written with units, checked against the dimension expected. */
package org.astrocyte.simulator.units;
