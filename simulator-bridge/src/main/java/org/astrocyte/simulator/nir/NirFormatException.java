package org.astrocyte.simulator.nir;

import java.nio.file.Path;

/**
 * A file that is not a readable NIR graph: missing, not HDF5, or HDF5 without the layout NIR's writer produces. The
 * message names the file, the path of the offending group or dataset inside it (e.g. {@code /node/nodes/lif}) and
 * what was expected there.
 */
public final class NirFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String nodePath;

    /** A problem at {@code nodePath} (an HDF5 path, {@code /} for the file as a whole) of {@code file}. */
    public NirFormatException(Path file, String nodePath, String problem) {
        this(file, nodePath, problem, null);
    }

    /** As {@link #NirFormatException(Path, String, String)}, caused by {@code cause}. */
    public NirFormatException(Path file, String nodePath, String problem, Throwable cause) {
        super(file + ": " + nodePath + ": " + problem, cause);
        this.file = file;
        this.nodePath = nodePath;
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }

    /** The HDF5 path of the group or dataset at fault, {@code /} for the file as a whole. */
    public String nodePath() {
        return nodePath;
    }
}
