package org.astrocyte.simulator.monitor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SourceLayout;
import org.astrocyte.simulator.engine.SpikeBuffer;

/**
 * Streams every spike of chosen populations to a CSV file as it happens ({@code time_ms,population,neuron}, times
 * at the end of the step), so that long runs keep nothing in memory. Buffered; {@link #close()} flushes.
 */
public final class SpikeCsvStream implements StepListener, AutoCloseable {

    /** The header line. */
    public static final String HEADER = "time_ms,population,neuron";

    private final BufferedWriter out;
    private final SourceLayout layout;
    private final boolean[] watched;
    private final double dtMs;
    private long written;

    /** Opens {@code file} (replacing it) for the spikes of {@code populations} (all groups when empty). */
    public SpikeCsvStream(Path file, SourceLayout layout, List<String> populations, double dtMs) throws IOException {
        this.layout = layout;
        this.dtMs = dtMs;
        this.watched = new boolean[layout.groups().size()];
        for (int g = 0; g < watched.length; g++) {
            SourceGroup group = layout.groups().get(g);
            watched[g] = populations.isEmpty() ? group.population() : populations.contains(group.name());
        }
        this.out = Files.newBufferedWriter(file);
        out.write(HEADER);
        out.newLine();
    }

    @Override
    public void afterStep(Engine engine) {
        SpikeBuffer spikes = engine.lastSpikes();
        if (spikes.size() == 0) {
            return;
        }
        String time = Double.toString(Math.round(engine.steps() * dtMs * 1e6) / 1e6);
        try {
            for (int i = 0, n = spikes.size(); i < n; i++) {
                int source = spikes.get(i);
                int g = layout.groupIndexOf(source);
                if (watched[g]) {
                    SourceGroup group = layout.groups().get(g);
                    out.write(time);
                    out.write(',');
                    out.write(group.name());
                    out.write(',');
                    out.write(Integer.toString(source - group.offset()));
                    out.newLine();
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spikes: " + e.getMessage(), e);
        }
    }

    /** Spikes written so far. */
    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
