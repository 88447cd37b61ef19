/**
 * How the reflex circuits talk to their spiking networks: {@link org.astrocyte.controllers.encoding.SensorEncoder}s
 * turn sensor values into input for a population each control tick (current, Poisson rate, time-to-first-spike and
 * event coding), {@link org.astrocyte.controllers.encoding.MotorDecoder}s turn spike counts back into numbers
 * (smoothed rates, population vectors), and {@link org.astrocyte.controllers.encoding.TickedNetwork} runs a network
 * one control tick at a time.
 */
package org.astrocyte.controllers.encoding;
