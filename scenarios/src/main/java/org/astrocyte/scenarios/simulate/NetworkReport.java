package org.astrocyte.scenarios.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.scenarios.plot.SpikeRaster;
import org.astrocyte.scenarios.plot.SpikeRasterPlot;
import org.astrocyte.scenarios.plot.WeightHistogramPlot;
import org.astrocyte.simulator.monitor.SpikeStatistics;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;

/**
 * What {@code astrocyte simulate} reports about a finished run: per population its rate and irregularity, the
 * totals and speeds, and how plastic projections changed their weights; written as a text table,
 * {@code summary.json}, a raster plot ({@code raster.png}) and, for plastic projections, {@code weights.csv} and a
 * weight histogram per projection.
 *
 * @param network the network's name
 * @param populations per population: name, neurons, spikes and statistics over the whole run
 * @param outcome the run's totals and timings
 */
public record NetworkReport(String network, List<Row> populations, NetworkRun.Outcome outcome) {

    /** One population's line. */
    public record Row(String name, SpikeStatistics statistics) {
    }

    /**
     * Reads back the spikes of {@code outcome}, computes the statistics and draws the raster into {@code outDir}, as
     * {@code raster.png} or {@code raster.svg} by {@code plotFormat} ("png" or "svg").
     */
    public static NetworkReport of(NetworkSpec spec, NetworkRun.Outcome outcome, Path outDir, String plotFormat)
            throws IOException {
        Map<String, SpikeCsvReader.PopulationSpikes> spikes = SpikeCsvReader.read(outcome.spikesCsv());
        List<Row> rows = new ArrayList<>();
        List<SpikeRaster.Group> groups = new ArrayList<>();
        double window = Math.max(spec.dtMs(), Math.min(100.0, outcome.durationMs() / 10));
        for (PopulationSpec p : spec.populations()) {
            SpikeCsvReader.PopulationSpikes s = spikes.getOrDefault(p.name(), new SpikeCsvReader.PopulationSpikes());
            rows.add(new Row(p.name(), SpikeStatistics.of(p.size(), s.timesMs(), s.neurons(), 0,
                    outcome.durationMs() + spec.dtMs() / 2, window)));
            groups.add(new SpikeRaster.Group(p.name(), p.size(), s.timesMs(), s.neurons()));
        }
        SpikeRasterPlot.write(new SpikeRaster(spec.name() + ": " + format(outcome.durationMs()) + " ms",
                outcome.durationMs() + spec.dtMs(), groups), outDir.resolve("raster." + plotFormat));
        writeWeights(outcome.learned(), outDir, plotFormat);
        NetworkReport report = new NetworkReport(spec.name(), rows, outcome);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(outDir.resolve("summary.json").toFile(),
                report.asMap());
        return report;
    }

    /**
     * Writes {@code weights.csv} (projection, source, target, weight before and after) and a histogram
     * {@code weights-P.png} per plastic projection P; nothing when the network has none.
     */
    private static void writeWeights(List<LearnedWeights> learned, Path outDir, String plotFormat)
            throws IOException {
        if (learned.isEmpty()) {
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(outDir.resolve("weights.csv"))) {
            out.write("projection,source,target,before,after\n");
            for (LearnedWeights w : learned) {
                for (int k = 0; k < w.after().size(); k++) {
                    out.write(w.projection() + "," + w.after().source()[k] + "," + w.after().target()[k] + ","
                            + w.before().weight()[k] + "," + w.after().weight()[k] + "\n");
                }
            }
        }
        for (LearnedWeights w : learned) {
            WeightHistogramPlot.write("projection " + w.projection() + " (" + w.label() + "), " + w.rule(), w.unit(),
                    w.low(), w.high(), w.before().weight(), w.after().weight(),
                    outDir.resolve("weights-" + w.projection() + "." + plotFormat));
        }
    }

    /** The report as a table for the terminal. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Network %s: %s ms simulated in %.3f s wall (%.2f simulated s per wall"
                + " s), built in %.3f s%n", network, format(outcome.durationMs()), outcome.runSeconds(),
                outcome.speed(), outcome.buildSeconds()));
        out.append(String.format(Locale.ROOT, "%-14s %9s %10s %9s %7s %7s%n", "population", "neurons", "spikes",
                "rate Hz", "CV ISI", "Fano"));
        for (Row row : populations) {
            SpikeStatistics s = row.statistics();
            out.append(String.format(Locale.ROOT, "%-14s %9d %10d %9.2f %7.2f %7.2f%n", row.name(), s.neurons(),
                    s.spikes(), s.meanRateHz(), s.meanCvIsi(), s.meanFano()));
        }
        out.append(String.format(Locale.ROOT, "synapses %d, synaptic events %d (%.3g per wall s)%n",
                outcome.synapses(), outcome.synapticEvents(), outcome.synapticEvents() / outcome.runSeconds()));
        for (LearnedWeights w : outcome.learned()) {
            out.append(String.format(Locale.ROOT, "projection %d (%s, %s): mean weight %.4g -> %.4g %s, %.0f%% within"
                    + " 1%% of a bound%n", w.projection(), w.label(), w.rule(), w.before().mean(), w.after().mean(),
                    w.unit(), 100 * w.shareAtBounds()));
        }
        return out.toString();
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("network", network);
        map.put("duration_ms", outcome.durationMs());
        map.put("build_s", outcome.buildSeconds());
        map.put("run_wall_s", outcome.runSeconds());
        map.put("simulated_s_per_wall_s", outcome.speed());
        map.put("synapses", outcome.synapses());
        map.put("synaptic_events", outcome.synapticEvents());
        map.put("spikes", outcome.spikes());
        List<Map<String, Object>> pops = new ArrayList<>();
        for (Row row : populations) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", row.name());
            p.put("neurons", row.statistics().neurons());
            p.put("spikes", row.statistics().spikes());
            p.put("rate_hz", row.statistics().meanRateHz());
            p.put("cv_isi", finiteOrNull(row.statistics().meanCvIsi()));
            p.put("fano", finiteOrNull(row.statistics().meanFano()));
            pops.add(p);
        }
        map.put("populations", pops);
        List<Map<String, Object>> plastic = new ArrayList<>();
        for (LearnedWeights w : outcome.learned()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("projection", w.projection());
            p.put("label", w.label());
            p.put("rule", w.rule());
            p.put("unit", w.unit());
            p.put("mean_weight_before", finiteOrNull(w.before().mean()));
            p.put("mean_weight_after", finiteOrNull(w.after().mean()));
            p.put("share_at_bounds", w.shareAtBounds());
            plastic.add(p);
        }
        map.put("plastic_projections", plastic);
        return map;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String format(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }
}
