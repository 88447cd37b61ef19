package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.astrocyte.scenarios.run.RunProgress;
import org.astrocyte.scenarios.run.RunSummary;
import org.astrocyte.scenarios.run.ScenarioRunner;

/**
 * Runs the trials of an experiment on local threads. Each finished trial goes to {@code results.jsonl} at once
 * (see {@link ResultsLog}); with {@code resume}, trials already there as succeeded are not run again. A trial that
 * throws is retried once, then recorded as failed; it never stops the others.
 */
public final class ExperimentRunner {

    /** The folder of the trials' own outputs (trace, summary, metrics). */
    public static final String TRIALS = "trials";

    private final ScenarioRunner runner;
    private final int threads;

    /** Runs trials with {@code runner}, {@code threads} at a time. */
    public ExperimentRunner(ScenarioRunner runner, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("an experiment needs at least one thread, got " + threads);
        }
        this.runner = runner;
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
        List<TrialOutcome> earlier = earlierResults(trials, outputDir, resume);
        Map<String, TrialOutcome> done = earlier.stream().filter(TrialOutcome::ok)
                .collect(Collectors.toMap(TrialOutcome::id, o -> o, (a, b) -> a));
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
                    TrialOutcome outcome = attempt(trial, outputDir);
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

    /**
     * The results already in {@code outputDir}, after checking that the folder may take those of {@code trials}.
     *
     * @throws IllegalStateException if {@code outputDir} holds results and {@code resume} is false, or holds results
     *                               of trials that {@code trials} does not have
     */
    static List<TrialOutcome> earlierResults(List<Trial> trials, Path outputDir, boolean resume) throws IOException {
        List<TrialOutcome> earlier = ResultsLog.read(outputDir);
        if (!earlier.isEmpty() && !resume) {
            throw new IllegalStateException(outputDir.resolve(ResultsLog.FILE) + " holds " + earlier.size()
                    + " results: add --resume to finish that experiment, or choose another --out");
        }
        Set<String> planned = trials.stream().map(Trial::id).collect(Collectors.toSet());
        for (TrialOutcome outcome : earlier) {
            if (!planned.contains(outcome.id())) {
                throw new IllegalStateException(outputDir.resolve(ResultsLog.FILE) + " holds trial '" + outcome.id()
                        + "', which this experiment does not plan: it is another experiment's folder");
            }
        }
        return earlier;
    }

    /** Runs a trial, once more if it throws; never throws itself. */
    private TrialOutcome attempt(Trial trial, Path outputDir) {
        TrialOutcome first = once(trial, outputDir, 1);
        return first.ok() ? first : once(trial, outputDir, 2);
    }

    private TrialOutcome once(Trial trial, Path outputDir, int attempt) {
        long started = System.nanoTime();
        try {
            Path dir = outputDir.resolve(TRIALS).resolve(trial.folder());
            Files.createDirectories(dir);
            RunSummary summary = runner.run(trial.scenario(), dir, RunProgress.NONE);
            return new TrialOutcome(trial.index(), trial.id(), trial.condition(), trial.parameters(), trial.seed(),
                    trial.repetition(), true, attempt, summary.teamMetrics(), null,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException | RuntimeException e) {
            return new TrialOutcome(trial.index(), trial.id(), trial.condition(), trial.parameters(), trial.seed(),
                    trial.repetition(), false, attempt, Map.of(), e.getClass().getSimpleName() + ": "
                    + e.getMessage(), (System.nanoTime() - started) / 1e9);
        }
    }
}
