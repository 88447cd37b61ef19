package org.astrocyte.scenarios.bench;

import java.util.List;

/**
 * A benchmark the project keeps (DESIGN.md, "Benchmarks"): run as {@code astrocyte bench NAME}, it measures its
 * figures and, in the same run, the baseline each is compared with. Benchmarks are listed explicitly in
 * {@link BenchmarkCatalog#standard()}.
 */
public interface Benchmark {

    /** The name on the command line, e.g. {@code simulator}: lower case, no spaces. */
    String name();

    /** One line on what is measured and against what. */
    String description();

    /**
     * Runs the benchmark and returns its figures, in the order they should be printed.
     *
     * @param options  how big a run and on how many threads
     * @param progress told how far the run has come; may be {@link BenchmarkProgress#NONE}
     */
    List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) throws Exception;
}
