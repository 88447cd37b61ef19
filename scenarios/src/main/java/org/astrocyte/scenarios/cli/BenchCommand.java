package org.astrocyte.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.astrocyte.scenarios.bench.Benchmark;
import org.astrocyte.scenarios.bench.BenchmarkCatalog;
import org.astrocyte.scenarios.bench.BenchmarkOptions;
import org.astrocyte.scenarios.bench.BenchmarkProgress;
import org.astrocyte.scenarios.bench.BenchmarkReport;
import org.astrocyte.scenarios.bench.Figure;
import org.astrocyte.scenarios.bench.MachineInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code astrocyte bench NAME}: runs one of the project's benchmarks, prints its figures beside their baselines and,
 * with {@code --json FILE}, writes them for comparison across commits (DESIGN.md, "Benchmarks").
 */
@Command(name = "bench", description = "Run a benchmark and print its figures beside the baselines measured in the "
        + "same run.")
final class BenchCommand implements Callable<Integer> {

    private final BenchmarkCatalog catalog;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The benchmark (see --list).")
    private String name;

    @Option(names = "--list", description = "List the benchmarks and what they measure.")
    private boolean list;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    private Path json;

    @Option(names = "--quick", description = "A smaller version that finishes in under a minute.")
    private boolean quick;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads the benchmark may use (default: ${DEFAULT-VALUE}, the available processors).")
    private int threads = BenchmarkOptions.defaultThreads();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    /** The command as picocli builds it: with the project's benchmarks. */
    BenchCommand() {
        this(BenchmarkCatalog.standard());
    }

    BenchCommand(BenchmarkCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            out.print(listing());
            out.flush();
            return 0;
        }
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "Missing benchmark NAME (astrocyte bench --list shows "
                    + "them)");
        }
        Benchmark benchmark = catalog.find(name);
        BenchmarkOptions options = new BenchmarkOptions(quick, threads);
        MachineInfo machine = MachineInfo.probe(Instant.now());
        List<Figure> figures = run(benchmark, options);
        BenchmarkReport report = new BenchmarkReport(benchmark.name(), machine, figures);
        out.printf("%nBenchmark %s%s on %d thread%s: %s%n%n", benchmark.name(), quick ? " (quick)" : "", threads,
                threads == 1 ? "" : "s", machine.cpuModel());
        out.print(report.table());
        if (json != null) {
            report.writeJson(json);
            out.printf("%nWrote %s%n", json);
        }
        out.flush();
        return 0;
    }

    private List<Figure> run(Benchmark benchmark, BenchmarkOptions options) throws Exception {
        BenchmarkProgress progress = quiet ? BenchmarkProgress.NONE : new BenchmarkProgressBar();
        try {
            return benchmark.run(options, progress);
        } finally {
            // Closes a bar the benchmark left open, e.g. when it failed half-way.
            progress.finished();
        }
    }

    private String listing() {
        if (catalog.benchmarks().isEmpty()) {
            return String.format("No benchmark is registered yet.%n");
        }
        int width = catalog.names().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Benchmark benchmark : catalog.benchmarks()) {
            text.append(String.format("%-" + width + "s  %s%n", benchmark.name(), benchmark.description()));
        }
        return text.toString();
    }
}
