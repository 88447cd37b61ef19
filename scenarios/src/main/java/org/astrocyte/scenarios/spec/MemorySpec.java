package org.astrocyte.scenarios.spec;

/**
 * Which memory tools the planners of a scenario may use.
 *
 * @param enabled     offer {@code remember} and {@code recall} (default true); false gives agents without a
 *                    long-term memory, the control condition of experiments on memory
 * @param forget      offer {@code forget}: an agent removes one of its own notes
 * @param consolidate offer {@code consolidate}: recent similar notes become knowledge, unimportant old ones fade
 */
public record MemorySpec(Boolean enabled, Boolean forget, Boolean consolidate) {

    public MemorySpec {
        enabled = enabled == null || enabled;
        forget = forget != null && forget;
        consolidate = consolidate != null && consolidate;
        if (!enabled && (forget || consolidate)) {
            throw new IllegalArgumentException("forget and consolidate need the memory: set enabled to true or "
                    + "leave them out");
        }
    }

    /** Remember and recall only. */
    public static MemorySpec defaults() {
        return new MemorySpec(null, null, null);
    }
}
