package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.astrocyte.core.config.YamlConfigReader;

/**
 * The experiment as it ran, copied into its output folder as {@value #FILE}: the spec with the command line's
 * {@code --seeds} and {@code --trials} applied and its scenario files as absolute paths, so that the folder alone
 * tells what was run, a report can recompute its statistics, and {@code astrocyte experiment DIR/experiment.json
 * --out DIR --resume} finishes it on the machine that ran it.
 */
public final class ExperimentSpecFile {

    /** The name of the copy in the output folder. */
    public static final String FILE = "experiment.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private ExperimentSpecFile() {
    }

    /** Writes {@code spec}, read from {@code experimentFile}, into {@code dir} as {@value #FILE}. */
    public static Path write(ExperimentSpec spec, Path experimentFile, Path dir) throws IOException {
        Path base = experimentFile.toAbsolutePath().getParent();
        LinkedHashMap<String, String> scenarios = new LinkedHashMap<>();
        spec.scenarios().forEach((name, file) -> scenarios.put(name, base.resolve(file).normalize().toString()));
        ExperimentSpec resolved = new ExperimentSpec(spec.name(), null, scenarios, spec.duration(), spec.seeds(),
                spec.firstSeed(), spec.trials(), spec.changes(), spec.conditions(), spec.parameters(),
                spec.metrics(), spec.compare());
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        Files.writeString(file, JSON.writeValueAsString(resolved) + "\n");
        return file;
    }

    /**
     * The spec copied into {@code dir}; empty if the folder has none (written by an older version).
     *
     * @throws org.astrocyte.core.config.InputException naming the file, line and field, if the copy is malformed
     */
    public static Optional<ExperimentSpec> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new YamlConfigReader().read(file, ExperimentSpec.class));
    }
}
