package org.astrocyte.scenarios.spec;

/**
 * Which memory tools beyond {@code remember} and {@code recall} the planners of a scenario may use.
 *
 * @param forget      offer {@code forget}: an agent removes one of its own notes
 * @param consolidate offer {@code consolidate}: recent similar notes become knowledge, unimportant old ones fade
 */
public record MemorySpec(Boolean forget, Boolean consolidate) {

    public MemorySpec {
        forget = forget != null && forget;
        consolidate = consolidate != null && consolidate;
    }
}
