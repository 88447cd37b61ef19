package org.astrocyte.scenarios.spec;

import java.util.regex.Pattern;

/**
 * Which memory tools the planners of a scenario may use.
 *
 * @param enabled     offer {@code remember} and {@code recall} (default true); false gives agents without a
 *                    long-term memory, the control condition of experiments on memory
 * @param forget      offer {@code forget}: an agent removes one of its own notes
 * @param consolidate offer {@code consolidate}: recent similar notes become knowledge, unimportant old ones fade
 * @param shared      the name of a memory that outlives the run and that every run on the same Hazelcast cluster
 *                    naming it shares, in whichever JVM it runs (letters, digits, '.', '_', '-'); null (the
 *                    default): the run's own memory, kept in {@code OUT/memory/memory.db}
 */
public record MemorySpec(Boolean enabled, Boolean forget, Boolean consolidate, String shared) {

    private static final Pattern SHARED_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public MemorySpec {
        enabled = enabled == null || enabled;
        forget = forget != null && forget;
        consolidate = consolidate != null && consolidate;
        if (shared != null && !SHARED_NAME.matcher(shared).matches()) {
            throw new IllegalArgumentException("shared must be 1 to 64 letters, digits, '.', '_' or '-', got '"
                    + shared + "'");
        }
        if (!enabled && (forget || consolidate || shared != null)) {
            throw new IllegalArgumentException("forget, consolidate and shared need the memory: set enabled to "
                    + "true or leave them out");
        }
    }

    /** Remember and recall only. */
    public static MemorySpec defaults() {
        return new MemorySpec(null, null, null, null);
    }
}
