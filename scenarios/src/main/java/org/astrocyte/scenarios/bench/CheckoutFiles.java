package org.astrocyte.scenarios.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds a file of the checkout (an example a benchmark is defined on) from wherever the command runs. */
final class CheckoutFiles {

    private CheckoutFiles() {
    }

    /**
     * {@code relative} beside the checkout the jar was built in ({@code scenarios/target/astrocyte.jar}), else in the
     * working directory.
     *
     * @throws IllegalStateException naming the places looked in, if it is in neither
     */
    static Path locate(String relative) {
        List<Path> candidates = new ArrayList<>();
        try {
            Path jar = Path.of(CheckoutFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path checkout = jar.getParent() == null || jar.getParent().getParent() == null ? null
                    : jar.getParent().getParent().getParent();
            if (checkout != null) {
                candidates.add(checkout.resolve(relative));
            }
        } catch (URISyntaxException | SecurityException e) {
            // No code source: only the working directory is left to look in.
        }
        candidates.add(Path.of(relative));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("cannot find " + relative + " (looked in " + candidates + ")"));
    }
}
