package org.astrocyte.memory.durable;

/**
 * What opening a durable store found and did.
 *
 * @param created        the store was empty and its schema has just been created
 * @param versionFound   the schema version on disk before opening (equal to {@code schemaVersion} for a new store)
 * @param schemaVersion  the schema version of the store now, which is the one this code writes
 * @param createdBy      the Astrocyte version that created the store
 * @param previousWriter the Astrocyte version that opened the store last before this one (this one if created)
 */
public record StoreStatus(boolean created, int versionFound, int schemaVersion, String createdBy,
        String previousWriter) {

    /** True if opening migrated the store from an older schema version. */
    public boolean migrated() {
        return !created && versionFound < schemaVersion;
    }
}
