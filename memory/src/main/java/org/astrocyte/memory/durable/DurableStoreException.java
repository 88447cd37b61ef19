package org.astrocyte.memory.durable;

/**
 * A durable store could not open, migrate, read or write. The message names the operation, the map and key when
 * there is one, and the database location (never its credentials), so that a write fails loudly where the agent
 * made it instead of being acknowledged and lost.
 */
public class DurableStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure explained by {@code message} alone. */
    public DurableStoreException(String message) {
        super(message);
    }

    /** A failure explained by {@code message}, caused by {@code cause} (usually an {@link java.sql.SQLException}). */
    public DurableStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
