package org.astrocyte.simulator.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cross-checks the parts of a {@link NetworkSpec}: names, references, sizes, and durations against dt. */
final class NetworkSpecValidator {

    private final double dtMs;
    private final Map<String, PopulationSpec> populations = new LinkedHashMap<>();
    private final Map<String, Integer> sourceSizes = new LinkedHashMap<>();
    private final Map<String, String> owners = new LinkedHashMap<>();

    NetworkSpecValidator(double dtMs) {
        this.dtMs = dtMs;
    }

    void validate(List<PopulationSpec> pops, List<PoissonInputSpec> poisson, List<SpikeTrainSpec> trains,
            List<CurrentInputSpec> currents, List<ProjectionSpec> projections, List<MonitorSpec> monitors) {
        for (int i = 0; i < pops.size(); i++) {
            PopulationSpec p = pops.get(i);
            claim(p.name(), "population[" + i + "]", p.size());
            populations.put(p.name(), p);
            wholeSteps("population '" + p.name() + "': refractory", p.model().refractoryMs(), false);
        }
        for (int i = 0; i < poisson.size(); i++) {
            claim(poisson.get(i).name(), "poisson input[" + i + "]", poisson.get(i).size());
        }
        for (int i = 0; i < trains.size(); i++) {
            claim(trains.get(i).name(), "spike train input[" + i + "]", trains.get(i).size());
        }
        for (int i = 0; i < currents.size(); i++) {
            target("current[" + i + "]", currents.get(i).population());
        }
        for (int i = 0; i < projections.size(); i++) {
            new ProjectionCheck(this, "projection[" + i + "] (" + projections.get(i).label() + ")",
                    projections.get(i)).run();
        }
        for (int i = 0; i < monitors.size(); i++) {
            checkMonitor("monitor[" + i + "]", monitors.get(i));
        }
    }

    private void claim(String name, String owner, int size) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            throw new InvalidNetworkException("duplicate name '" + name + "': " + previous + " and " + owner
                    + " both use it; names of populations and inputs must be unique");
        }
        sourceSizes.put(name, size);
    }

    int sourceSize(String owner, String name) {
        Integer size = sourceSizes.get(name);
        if (size == null) {
            throw new InvalidNetworkException(owner + ": unknown source '" + name + "'; known populations and inputs: "
                    + listed(sourceSizes));
        }
        return size;
    }

    PopulationSpec target(String owner, String name) {
        PopulationSpec population = populations.get(name);
        if (population != null) {
            return population;
        }
        if (sourceSizes.containsKey(name)) {
            throw new InvalidNetworkException(owner + ": '" + name + "' is an input; only populations can be targets");
        }
        throw new InvalidNetworkException(owner + ": unknown population '" + name + "'; known populations: "
                + listed(populations));
    }

    /** The number of steps in {@code ms}; throws unless whole (and, if {@code atLeastOne}, at least one step). */
    long wholeSteps(String owner, double ms, boolean atLeastOne) {
        long steps = StepCount.wholeSteps(ms, dtMs);
        if (atLeastOne && ms < dtMs && (steps < 1)) {
            throw new InvalidNetworkException(owner + " " + ms + " ms is shorter than one step (dt " + dtMs + " ms)");
        }
        if (steps < 0) {
            throw new InvalidNetworkException(owner + " " + ms + " ms is not a whole number of steps (dt " + dtMs
                    + " ms)");
        }
        if (steps > Integer.MAX_VALUE - 2) {
            throw new InvalidNetworkException(owner + " " + ms + " ms is too long: more than "
                    + (Integer.MAX_VALUE - 2) + " steps");
        }
        return steps;
    }

    double dtMs() {
        return dtMs;
    }

    private void checkMonitor(String owner, MonitorSpec monitor) {
        String at = owner + " of '" + monitor.population() + "'";
        if (monitor instanceof MonitorSpec.Spikes) {
            sourceSize(at, monitor.population());
        } else if (monitor instanceof MonitorSpec.State state) {
            PopulationSpec p = target(at, state.population());
            if (!p.model().stateVariables().contains(state.variable())) {
                throw new InvalidNetworkException(at + ": model " + p.model().kind() + " has no state variable '"
                        + state.variable() + "'; it has " + String.join(", ", p.model().stateVariables()));
            }
            for (int n : state.neurons()) {
                if (n < 0 || n >= p.size()) {
                    throw new InvalidNetworkException(at + ": neuron " + n + " is outside 0.." + (p.size() - 1));
                }
            }
            wholeSteps(at + ": interval", state.intervalMs(), true);
        } else if (monitor instanceof MonitorSpec.Rate rate) {
            sourceSize(at, rate.population());
            wholeSteps(at + ": bin", rate.binMs(), true);
        }
    }

    private static String listed(Map<String, ?> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", names.keySet());
    }
}
