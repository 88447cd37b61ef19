package org.astrocyte.scenarios.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The benchmarks {@code astrocyte bench} knows, listed explicitly: no registry to add to at run time, no class-path
 * scanning. {@link #standard()} is the one list the command line uses.
 *
 * @param benchmarks the benchmarks, with distinct names, in the order {@code --list} shows them
 */
public record BenchmarkCatalog(List<Benchmark> benchmarks) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public BenchmarkCatalog {
        benchmarks = List.copyOf(benchmarks);
        Set<String> names = new HashSet<>();
        for (Benchmark benchmark : benchmarks) {
            if (benchmark.name() == null || !NAME.matcher(benchmark.name()).matches()) {
                throw new IllegalArgumentException("a benchmark's name must be lower case without spaces, e.g. "
                        + "simulator, got '" + benchmark.name() + "'");
            }
            if (!names.add(benchmark.name())) {
                throw new IllegalArgumentException("two benchmarks are named '" + benchmark.name() + "'");
            }
        }
    }

    /** The benchmarks the project keeps (DESIGN.md, "Benchmarks"). A new benchmark is added to this list. */
    public static BenchmarkCatalog standard() {
        return new BenchmarkCatalog(List.of(new SimulatorBenchmark(), new MemoryBenchmark(),
                new PlannerBenchmark(), new ReflexBenchmark(),
                new ScenarioBenchmark(), new ExperimentBenchmark()));
    }

    /** The names, in order. */
    public List<String> names() {
        return benchmarks.stream().map(Benchmark::name).toList();
    }

    /**
     * The benchmark named {@code name}.
     *
     * @throws IllegalArgumentException naming the known benchmarks, if there is none of that name
     */
    public Benchmark find(String name) {
        return benchmarks.stream()
                .filter(benchmark -> benchmark.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + name + "' ("
                        + (benchmarks.isEmpty() ? "no benchmark is registered yet" : "known: "
                                + String.join(", ", names())) + ")"));
    }
}
