package org.astrocyte.scenarios.bench;

import java.util.ArrayList;
import java.util.List;

/** A benchmark for tests: measures nothing, reports the figures it was given and remembers how it was run. */
public final class FixedFiguresBenchmark implements Benchmark {

    private final String name;
    private final List<Figure> figures;
    private final List<BenchmarkOptions> runs = new ArrayList<>();

    public FixedFiguresBenchmark(String name, Figure... figures) {
        this.name = name;
        this.figures = List.of(figures);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "fixed figures named " + name;
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        runs.add(options);
        progress.started(name, 2);
        progress.advanced(1);
        progress.advanced(2);
        progress.finished();
        return figures;
    }

    /** The options of every run so far. */
    public List<BenchmarkOptions> runs() {
        return List.copyOf(runs);
    }
}
