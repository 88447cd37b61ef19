package org.astrocyte.scenarios.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.simulate.NetworkReport;
import org.astrocyte.scenarios.simulate.NetworkRun;
import org.astrocyte.simulator.io.NetworkFileReader;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.StepCount;
import org.astrocyte.simulator.units.Dimension;
import org.astrocyte.simulator.units.Quantity;
import org.astrocyte.simulator.units.UnitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astrocyte simulate FILE}: runs a network file and writes its spikes, a summary and a raster plot. */
@Command(name = "simulate", description = "Run a spiking network file (YAML or JSON) on the embedded simulator.")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The network (YAML or JSON).")
    private Path file;

    @Option(names = "--plot", paramLabel = "FORMAT", defaultValue = "png",
            description = "Format of the raster and weight plots: png or svg (default: ${DEFAULT-VALUE}).")
    private String plotFormat;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "1 s",
            description = "Simulated time, with a unit (default: ${DEFAULT-VALUE}).")
    private String duration;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<network>).")
    private Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of all randomness (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", defaultValue = "1",
            description = "Threads of the simulator; the spikes do not depend on it (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        NetworkSpec network = NetworkFileReader.read(file);
        double durationMs = durationMs(network.dtMs());
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        Path outDir = out != null ? out : Path.of("out", network.name());
        NetworkRun.Outcome outcome;
        try (ProgressBar bar = quiet ? null : bar(network.name(), durationMs)) {
            outcome = new NetworkRun(network, seed, threads).run(durationMs, outDir, done -> {
                if (bar != null) {
                    bar.stepTo(Math.round(done));
                }
            });
        } catch (InvalidNetworkException e) {
            throw new InputException(file, 0, 0, e.getMessage());
        }
        if (!plotFormat.equals("png") && !plotFormat.equals("svg")) {
            throw new IllegalArgumentException("--plot must be png or svg, got '" + plotFormat + "'");
        }
        NetworkReport report = NetworkReport.of(network, outcome, outDir, plotFormat);
        spec.commandLine().getOut().print(report.table());
        spec.commandLine().getOut().printf("Wrote %s (%d spikes) and %s to %s%n", outcome.spikesCsv().getFileName(),
                outcome.spikes(), String.join(", ", otherFiles(outDir)), outDir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private double durationMs(double dtMs) {
        double ms;
        try {
            ms = Quantity.parse(duration).in(Dimension.TIME);
        } catch (UnitException e) {
            throw new IllegalArgumentException("--duration: " + e.getMessage());
        }
        if (!(ms > 0) || StepCount.wholeSteps(ms, dtMs) < 1) {
            throw new IllegalArgumentException("--duration must be a positive whole number of steps (dt " + dtMs
                    + " ms), got " + duration);
        }
        return ms;
    }

    private static ProgressBar bar(String name, double durationMs) {
        return new ProgressBarBuilder().setTaskName(name).setInitialMax(Math.round(durationMs)).setUnit(" ms", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
    }

    private static List<String> otherFiles(Path outDir) throws IOException {
        try (Stream<Path> files = Files.list(outDir)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("spikes.csv")).sorted()
                    .toList();
        }
    }
}
