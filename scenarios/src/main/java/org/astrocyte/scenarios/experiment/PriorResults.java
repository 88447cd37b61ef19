package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The trials an output folder already holds as succeeded, checked against the plan before an experiment starts. */
public final class PriorResults {

    private PriorResults() {
    }

    /**
     * The succeeded outcomes in {@code outputDir}'s {@code results.jsonl}, by trial id.
     *
     * @throws IllegalStateException if the folder holds results and {@code resume} is false, or holds results of
     *                               trials this plan does not have
     */
    public static Map<String, TrialOutcome> load(Path outputDir, List<Trial> trials, boolean resume)
            throws IOException {
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
        return earlier.stream().filter(TrialOutcome::ok)
                .collect(Collectors.toMap(TrialOutcome::id, o -> o, (a, b) -> a));
    }
}
