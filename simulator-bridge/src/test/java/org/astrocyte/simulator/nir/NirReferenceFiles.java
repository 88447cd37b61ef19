package org.astrocyte.simulator.nir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The NIR project's reference files in the shared folder beside the checkout; tests skip when it is absent. */
final class NirReferenceFiles {

    /** Relative to the module folder, surefire's working directory. */
    static final Path DIR = Path.of("..", "..", "shared", "nir-reference");

    private NirReferenceFiles() {
    }

    /** The reference file {@code name}, or skips the calling test when the folder or the file is absent. */
    static Path file(String name) {
        Path file = DIR.resolve(name);
        assumeTrue(Files.isRegularFile(file), "NIR reference file not found: " + file.toAbsolutePath());
        return file;
    }
}
