package org.astrocyte.simulator.monitor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.astrocyte.simulator.engine.Engine;

/**
 * A state or rate monitor whose samples go to a CSV file as they are taken instead of piling up in memory: after
 * every step the new samples are written and dropped, so a run of any length holds at most one sample. State files
 * have a column per monitored neuron ({@code time_ms,v[0],v[5],...}); rate files one row per completed bin
 * ({@code bin_end_ms,rate_hz}). Buffered; {@link #close()} flushes.
 */
public final class MonitorCsvStream implements StepListener, AutoCloseable {

    private final BufferedWriter out;
    private final StateMonitor state;
    private final RateMonitor rate;
    private long rows;
    private long binsWritten;

    private MonitorCsvStream(Path file, String header, StateMonitor state, RateMonitor rate) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.state = state;
        this.rate = rate;
        out.write(header);
        out.newLine();
    }

    /** Streams the samples of {@code monitor} to {@code file} (replacing it). */
    public static MonitorCsvStream of(StateMonitor monitor, Path file) throws IOException {
        StringBuilder header = new StringBuilder("time_ms");
        for (int n : monitor.neurons()) {
            header.append(',').append(monitor.variable()).append('[').append(n).append(']');
        }
        return new MonitorCsvStream(file, header.toString(), monitor, null);
    }

    /** Streams the completed bins of {@code monitor} to {@code file} (replacing it). */
    public static MonitorCsvStream of(RateMonitor monitor, Path file) throws IOException {
        return new MonitorCsvStream(file, "bin_end_ms,rate_hz", null, monitor);
    }

    @Override
    public void afterStep(Engine engine) {
        try {
            if (state != null) {
                state.afterStep(engine);
                writeState();
            } else {
                rate.afterStep(engine);
                writeRates();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write monitor data: " + e.getMessage(), e);
        }
    }

    private void writeState() throws IOException {
        int samples = state.size();
        if (samples == 0) {
            return;
        }
        double[] times = state.timesMs();
        double[][] values = new double[state.neurons().length][];
        for (int i = 0; i < values.length; i++) {
            values[i] = state.values(i);
        }
        for (int k = 0; k < samples; k++) {
            out.write(format(times[k]));
            for (double[] neuron : values) {
                out.write(',');
                out.write(Double.toString(neuron[k]));
            }
            out.newLine();
            rows++;
        }
        state.clear();
    }

    private void writeRates() throws IOException {
        double[] rates = rate.ratesHz();
        for (double hz : rates) {
            binsWritten++;
            out.write(format(binsWritten * rate.binMs()));
            out.write(',');
            out.write(Double.toString(hz));
            out.newLine();
            rows++;
        }
        rate.clearCompleted();
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.6f", ms).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Data rows written so far. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
