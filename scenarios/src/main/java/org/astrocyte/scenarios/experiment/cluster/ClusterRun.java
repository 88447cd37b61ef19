package org.astrocyte.scenarios.experiment.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The identity of one experiment on a cluster, which names its distributed maps: the trials' results (trial id to
 * outcome JSON) and the trials running now (trial id to the member running it). Kept in the output folder as
 * {@value #FILE}, so that {@code --resume} finds the same maps and a fresh run never sees another's results.
 *
 * @param id a random identifier
 */
public record ClusterRun(String id) {

    /** The file in an experiment's output folder that holds the identity. */
    public static final String FILE = "cluster-run.txt";

    /** The identity kept in {@code outputDir}, created when the folder has none. */
    public static ClusterRun in(Path outputDir) throws IOException {
        Path file = outputDir.resolve(FILE);
        if (Files.exists(file)) {
            String id = Files.readString(file).strip();
            if (!id.matches("[0-9a-f-]{36}")) {
                throw new IOException(file + ":1: expected the identifier of a cluster run, found '" + id + "'");
            }
            return new ClusterRun(id);
        }
        ClusterRun run = new ClusterRun(UUID.randomUUID().toString());
        Files.createDirectories(outputDir);
        Files.writeString(file, run.id() + "\n");
        return run;
    }

    /** The map of finished trials' outcomes. */
    public String resultsMap() {
        return "astrocyte.experiment." + id + ".results";
    }

    /** The map of trials running now, each with the member that runs it. */
    public String runningMap() {
        return "astrocyte.experiment." + id + ".running";
    }

    /** The folder on a member under which this run's trials write their outputs. */
    public String folder() {
        return "experiment-" + id;
    }
}
