package org.astrocyte.simulator.engine;

import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.Izhikevich;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.StepCount;

/**
 * One neuron of the {@link ReferenceEngine}, written for reading rather than speed: its state as fields and its
 * equations in one method per model. It computes the same update as the optimised kernels in the same order of
 * operations, so that the two engines can be compared spike for spike.
 */
abstract class ReferenceNeuron {

    /** Synaptic input of this step: excitatory (pA or nS, not negative) and inhibitory (not positive). */
    double arrivingExc;
    double arrivingInh;

    /** Integrates over one step with external current {@code currentPa}; true if the neuron spiked. */
    abstract boolean step(double currentPa);

    abstract double get(String variable);

    abstract void set(String variable, double value);

    static ReferenceNeuron of(NeuronModel model, double dtMs) {
        if (model instanceof CubaLif m) {
            return new Linear(LifPropagators.of(m, dtMs), m.restMv(), m.resetMv(), m.thresholdMv(), true);
        } else if (model instanceof LeakyIntegrator m) {
            return new Linear(LifPropagators.of(m, dtMs), m.restMv(), m.restMv(), Double.POSITIVE_INFINITY, false);
        } else if (model instanceof IntegrateAndFire m) {
            Linear neuron = new Linear(LifPropagators.of(m, dtMs), 0.0, m.resetMv(), m.thresholdMv(), true);
            neuron.v = m.resetMv();
            return neuron;
        } else if (model instanceof CobaLif m) {
            return new Coba(m, dtMs);
        } else if (model instanceof AdEx m) {
            return new AdExNeuron(m, dtMs);
        } else if (model instanceof Izhikevich m) {
            return new IzhikevichNeuron(m, dtMs);
        } else if (model instanceof CurrentLif m) {
            return new CurrentLifNeuron(m, dtMs);
        }
        throw new IllegalStateException("no reference neuron for " + model);
    }

    /** CUBA LIF, IF and LI: exact propagation of the linear sub-threshold dynamics. */
    static final class Linear extends ReferenceNeuron {
        final LifPropagators p;
        final double rest;
        final double reset;
        final double threshold;
        final boolean fires;
        double v;
        double iExc;
        double iInh;
        int refractory;

        Linear(LifPropagators p, double rest, double reset, double threshold, boolean fires) {
            this.p = p;
            this.rest = rest;
            this.reset = reset;
            this.threshold = threshold;
            this.fires = fires;
            this.v = rest;
        }

        @Override
        boolean step(double currentPa) {
            iExc += arrivingExc;
            iInh += arrivingInh;
            boolean spiked = false;
            if (refractory > 0) {
                v = reset;
                refractory--;
            } else {
                double next = rest + (v - rest) * p.membraneDecay() + currentPa * p.externalGain()
                        + iExc * p.excitatoryGain() + iInh * p.inhibitoryGain();
                if (fires && next >= threshold) {
                    next = reset;
                    refractory = p.refractorySteps();
                    spiked = true;
                }
                v = next;
            }
            iExc *= p.excitatoryDecay();
            iInh *= p.inhibitoryDecay();
            return spiked;
        }

        @Override
        double get(String variable) {
            return switch (variable) {
                case "v" -> v;
                case "i_exc" -> iExc;
                default -> iInh;
            };
        }

        @Override
        void set(String variable, double value) {
            switch (variable) {
                case "v" -> v = value;
                case "i_exc" -> iExc = value;
                default -> iInh = value;
            }
        }
    }

    /**
     * LIF driven by the step's current held over the step (NIR's LIF): exact relaxation towards V∞ = E + R·I, with
     * the reset placed at the crossing time s* within the step, where exp(s* / τ) = (V0 - V∞)/(θ - V∞).
     */
    static final class CurrentLifNeuron extends ReferenceNeuron {
        final CurrentLif m;
        final double decay;
        final int refractorySteps;
        double v;
        int refractory;

        CurrentLifNeuron(CurrentLif m, double dt) {
            this.m = m;
            this.decay = Math.exp(-dt / m.tauMembraneMs());
            this.refractorySteps = (int) StepCount.wholeSteps(m.refractoryMs(), dt);
            this.v = m.restMv();
        }

        @Override
        boolean step(double currentPa) {
            double current = arrivingExc + arrivingInh + currentPa;
            if (refractory > 0) {
                v = m.resetMv();
                refractory--;
                return false;
            }
            double threshold = m.thresholdMv();
            double equilibrium = m.restMv() + current * m.mvPerPa();
            double next = equilibrium + (v - equilibrium) * decay;
            boolean spiked = v >= threshold || next >= threshold;
            if (spiked && refractorySteps > 0) {
                next = m.resetMv();
                refractory = refractorySteps;
            } else if (spiked) {
                double decayAfterCrossing;
                if (v >= threshold) {
                    decayAfterCrossing = decay;
                } else if (equilibrium <= threshold) {
                    decayAfterCrossing = 1.0;
                } else {
                    decayAfterCrossing = Math.min(1.0, decay * ((v - equilibrium) / (threshold - equilibrium)));
                }
                next = equilibrium + (m.resetMv() - equilibrium) * decayAfterCrossing;
            }
            v = next;
            return spiked;
        }

        @Override
        double get(String variable) {
            return v;
        }

        @Override
        void set(String variable, double value) {
            v = value;
        }
    }

    /** COBA LIF: exponential Euler with conductances frozen over the step. */
    static final class Coba extends ReferenceNeuron {
        final CobaLif m;
        final double dt;
        final int refractorySteps;
        double v;
        double gExc;
        double gInh;
        int refractory;

        Coba(CobaLif m, double dt) {
            this.m = m;
            this.dt = dt;
            this.refractorySteps = (int) StepCount.wholeSteps(m.refractoryMs(), dt);
            this.v = m.restMv();
        }

        @Override
        boolean step(double currentPa) {
            gExc += arrivingExc;
            gInh -= arrivingInh;
            boolean spiked = false;
            if (refractory > 0) {
                v = m.resetMv();
                refractory--;
            } else {
                double gL = m.leakConductanceNs();
                double total = gL + gExc + gInh;
                double equilibrium = (gL * m.restMv() + gExc * m.reversalExcMv() + gInh * m.reversalInhMv()
                        + currentPa) / total;
                v = equilibrium + (v - equilibrium) * Math.exp(-dt * total / m.capacitancePf());
                if (v >= m.thresholdMv()) {
                    v = m.resetMv();
                    refractory = refractorySteps;
                    spiked = true;
                }
            }
            gExc *= Math.exp(-dt / m.tauSynExcMs());
            gInh *= Math.exp(-dt / m.tauSynInhMs());
            return spiked;
        }

        @Override
        double get(String variable) {
            return switch (variable) {
                case "v" -> v;
                case "g_exc" -> gExc;
                default -> gInh;
            };
        }

        @Override
        void set(String variable, double value) {
            switch (variable) {
                case "v" -> v = value;
                case "g_exc" -> gExc = value;
                default -> gInh = value;
            }
        }
    }

    /** AdEx: forward Euler on v and w. */
    static final class AdExNeuron extends ReferenceNeuron {
        final AdEx m;
        final double dt;
        final int refractorySteps;
        double v;
        double w;
        double iExc;
        double iInh;
        int refractory;

        AdExNeuron(AdEx m, double dt) {
            this.m = m;
            this.dt = dt;
            this.refractorySteps = (int) StepCount.wholeSteps(m.refractoryMs(), dt);
            this.v = m.restMv();
        }

        @Override
        boolean step(double currentPa) {
            iExc += arrivingExc;
            iInh += arrivingInh;
            double dw = (m.adaptationCouplingNs() * (v - m.restMv()) - w) / m.tauAdaptationMs();
            boolean spiked = false;
            if (refractory > 0) {
                v = m.resetMv();
                refractory--;
            } else {
                double exponent = Math.min((v - m.rheobaseMv()) / m.slopeMv(), 20.0);
                double dv = (-m.leakConductanceNs() * (v - m.restMv())
                        + m.leakConductanceNs() * m.slopeMv() * Math.exp(exponent) - w + (iExc + iInh + currentPa))
                        / m.capacitancePf();
                v = v + dt * dv;
                if (v >= m.peakMv()) {
                    v = m.resetMv();
                    w += m.adaptationJumpPa();
                    refractory = refractorySteps;
                    spiked = true;
                }
            }
            w = w + dt * dw;
            iExc *= Math.exp(-dt / m.tauSynExcMs());
            iInh *= Math.exp(-dt / m.tauSynInhMs());
            return spiked;
        }

        @Override
        double get(String variable) {
            return switch (variable) {
                case "v" -> v;
                case "w" -> w;
                case "i_exc" -> iExc;
                default -> iInh;
            };
        }

        @Override
        void set(String variable, double value) {
            switch (variable) {
                case "v" -> v = value;
                case "w" -> w = value;
                case "i_exc" -> iExc = value;
                default -> iInh = value;
            }
        }
    }

    /** Izhikevich: forward Euler on v and u. */
    static final class IzhikevichNeuron extends ReferenceNeuron {
        final Izhikevich m;
        final double dt;
        double v;
        double u;
        double iExc;
        double iInh;

        IzhikevichNeuron(Izhikevich m, double dt) {
            this.m = m;
            this.dt = dt;
            this.v = m.restingValue("v");
            this.u = m.restingValue("u");
        }

        @Override
        boolean step(double currentPa) {
            iExc += arrivingExc;
            iInh += arrivingInh;
            double dv = 0.04 * v * v + 5.0 * v + 140.0 - u + (iExc + iInh + currentPa);
            double du = m.a() * (m.b() * v - u);
            v = v + dt * dv;
            u = u + dt * du;
            boolean spiked = v >= m.peakMv();
            if (spiked) {
                v = m.c();
                u += m.d();
            }
            iExc *= Math.exp(-dt / m.tauSynExcMs());
            iInh *= Math.exp(-dt / m.tauSynInhMs());
            return spiked;
        }

        @Override
        double get(String variable) {
            return switch (variable) {
                case "v" -> v;
                case "u" -> u;
                case "i_exc" -> iExc;
                default -> iInh;
            };
        }

        @Override
        void set(String variable, double value) {
            switch (variable) {
                case "v" -> v = value;
                case "u" -> u = value;
                case "i_exc" -> iExc = value;
                default -> iInh = value;
            }
        }
    }
}
