/** Network files: YAML or JSON descriptions of networks with explicit units, read into validated specs. */
package org.astrocyte.simulator.io;
