package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.astrocyte.scenarios.run.ScenarioRunner;

/**
 * Runs the trials of an experiment on local threads. Each finished trial goes to {@code results.jsonl} at once
 * (see {@link ResultsLog}); with {@code resume}, trials already there as succeeded are not run again. A trial that
 * throws is retried once, then recorded as failed; it never stops the others.
 */
public final class ExperimentRunner {

    /** The folder of the trials' own outputs (trace, summary, metrics). */
    public static final String TRIALS = "trials";

    private final TrialExecutor executor;
    private final int threads;

    /** Runs trials with {@code runner}, {@code threads} at a time, keeping their traces. */
    public ExperimentRunner(ScenarioRunner runner, int threads) {
        this(runner, threads, true);
    }

    /** Runs trials with {@code runner}, {@code threads} at a time, keeping their traces or not. */
    public ExperimentRunner(ScenarioRunner runner, int threads, boolean keepTraces) {
        if (threads < 1) {
            throw new IllegalArgumentException("an experiment needs at least one thread, got " + threads);
        }
        this.executor = new TrialExecutor(runner, keepTraces);
        this.threads = threads;
    }

    /**
     * Runs {@code trials} of {@code experiment} into {@code outputDir} and returns every outcome, earlier ones
     * included, in plan order.
     *
     * @throws IllegalStateException if {@code outputDir} holds results and {@code resume} is false, or holds results
     *                               of trials this plan does not have
     */
    public List<TrialOutcome> run(String experiment, List<Trial> trials, Path outputDir, boolean resume,
            ExperimentProgress progress) throws IOException, InterruptedException {
        Files.createDirectories(outputDir.resolve(TRIALS));
        Map<String, TrialOutcome> done = PriorResults.load(outputDir, trials, resume);
        List<Trial> todo = trials.stream().filter(t -> !done.containsKey(t.id())).toList();
        progress.started(experiment, trials.size(), done.size());
        List<Future<TrialOutcome>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "experiment-trial");
            thread.setDaemon(true);
            return thread;
        });
        try (ResultsLog log = ResultsLog.open(outputDir)) {
            for (Trial trial : todo) {
                futures.add(pool.submit(() -> {
                    progress.trialStarted(trial);
                    TrialOutcome outcome = executor.attempt(trial, outputDir);
                    log.append(outcome);
                    progress.trialFinished(outcome);
                    return outcome;
                }));
            }
            Map<String, TrialOutcome> all = new java.util.HashMap<>(done);
            for (Future<TrialOutcome> future : futures) {
                TrialOutcome outcome = future.get();
                all.put(outcome.id(), outcome);
            }
            progress.finished();
            return trials.stream().map(t -> all.get(t.id())).toList();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("an experiment thread failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
