package org.astrocyte.simulator.nir;

import static org.astrocyte.simulator.nir.NirNeuronImport.MS_PER_S;
import static org.astrocyte.simulator.nir.NirNeuronImport.PF_PER_S_PER_MOHM;

import java.util.Arrays;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.PopulationSpec;

/**
 * The NIR node of a population, the inverse of {@link NirNeuronImport}: {@code lif} to LIF, {@code cuba_lif} to
 * CubaLIF, {@code li} to CubaLI (its synaptic current is kept), {@code if} to IF. Parameters become float64 arrays
 * with one value per neuron, in NIR's units (seconds; 1 mV = 1; r in MΩ; w_in left out, i.e. 1). What NIR cannot
 * express is an {@link InvalidNetworkException} naming the population: a refractory period, different excitatory
 * and inhibitory time constants, an IF synaptic time constant other than one step (NIR's IF has no synaptic
 * current; the import stands in one of dt), initial values, and the other models.
 */
final class NirNeuronExport {

    private NirNeuronExport() {
    }

    static NirNode of(PopulationSpec population, double dtMs) {
        String owner = "population '" + population.name() + "' (" + population.model().kind() + ")";
        NeuronModel model = population.model();
        if (!population.initial().isEmpty()) {
            throw new InvalidNetworkException(owner + ": initial values cannot be exported; NIR has no initial state");
        }
        if (model.refractoryMs() != 0) {
            throw new InvalidNetworkException(owner + ": refractory " + model.refractoryMs() + " ms cannot be"
                    + " exported; NIR neurons have no refractory period");
        }
        Filled p = new Filled(population.size());
        if (model instanceof CurrentLif m) {
            return new NirNode.LIF(p.s(m.tauMembraneMs()), p.of(m.resistanceMOhm()), p.of(m.restMv()),
                    p.of(m.thresholdMv()), p.of(m.resetMv()));
        } else if (model instanceof CubaLif m) {
            requireOneSynapticTau(owner, m.tauSynExcMs(), m.tauSynInhMs());
            return new NirNode.CubaLIF(p.s(m.tauSynExcMs()), p.s(m.tauMembraneMs()),
                    p.of(resistance(m.tauMembraneMs(), m.capacitancePf())), p.of(m.restMv()), p.of(m.thresholdMv()),
                    p.of(m.resetMv()), null);
        } else if (model instanceof LeakyIntegrator m) {
            requireOneSynapticTau(owner, m.tauSynExcMs(), m.tauSynInhMs());
            return new NirNode.CubaLI(p.s(m.tauSynExcMs()), p.s(m.tauMembraneMs()),
                    p.of(resistance(m.tauMembraneMs(), m.capacitancePf())), p.of(m.restMv()), null);
        } else if (model instanceof IntegrateAndFire m) {
            if (!isOneStep(m.tauSynExcMs(), dtMs) || !isOneStep(m.tauSynInhMs(), dtMs)) {
                throw new InvalidNetworkException(owner + ": synaptic time constants " + m.tauSynExcMs() + " and "
                        + m.tauSynInhMs() + " ms cannot be exported; NIR's IF has no synaptic current, which the"
                        + " import represents by one step (" + dtMs + " ms)");
            }
            return new NirNode.IF(p.of(PF_PER_S_PER_MOHM / m.capacitancePf()), p.of(m.thresholdMv()),
                    p.of(m.resetMv()));
        }
        throw new InvalidNetworkException(owner + ": model " + model.kind() + " has no NIR node; exportable models:"
                + " lif, cuba_lif, li, if");
    }

    /** r = τ/C in MΩ, for τ in ms and C in pF. */
    private static double resistance(double tauMs, double capacitancePf) {
        return PF_PER_S_PER_MOHM * (tauMs / MS_PER_S) / capacitancePf;
    }

    private static void requireOneSynapticTau(String owner, double excMs, double inhMs) {
        if (excMs != inhMs) {
            throw new InvalidNetworkException(owner + ": tau_exc " + excMs + " ms and tau_inh " + inhMs + " ms differ;"
                    + " NIR has one synaptic time constant");
        }
    }

    private static boolean isOneStep(double tauMs, double dtMs) {
        return Math.abs(tauMs - dtMs) <= 1e-9 * dtMs;
    }

    /** float64 arrays with one equal value per neuron. */
    private record Filled(int size) {

        NirArray of(double value) {
            double[] values = new double[size];
            Arrays.fill(values, value);
            return NirArray.float64(values);
        }

        NirArray s(double ms) {
            return of(ms / MS_PER_S);
        }
    }
}
