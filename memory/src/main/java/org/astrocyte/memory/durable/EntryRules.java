package org.astrocyte.memory.durable;

import java.util.function.Supplier;

/**
 * What a map name, key and value must be to go into a store, checked the same way for every database before any
 * SQL runs, and how they are named in messages.
 */
final class EntryRules {

    private EntryRules() {
    }

    static void checkEntry(String map, String key, String value) {
        checkMap(map);
        checkKey(map, key);
        if (value == null) {
            throw new IllegalArgumentException("the value of " + where(map, key) + " must not be null");
        }
        checkText(value, () -> "the value of " + where(map, key));
    }

    static void checkMap(String map) {
        if (map == null || map.isBlank() || map.length() > MemoryDatabase.MAX_MAP_NAME_LENGTH) {
            throw new IllegalArgumentException("a map name must have 1 to " + MemoryDatabase.MAX_MAP_NAME_LENGTH
                    + " characters, got " + (map == null ? null : "'" + brief(map) + "'"));
        }
        checkText(map, () -> "the map name '" + brief(map) + "'");
    }

    static void checkKey(String map, String key) {
        if (key == null || key.length() > MemoryDatabase.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a key of map '" + map + "' must have at most "
                    + MemoryDatabase.MAX_KEY_LENGTH + " characters, got "
                    + (key == null ? null : key.length() + ": '" + brief(key) + "'"));
        }
        checkText(key, () -> "the key '" + brief(key) + "' of map '" + map + "'");
    }

    /** Refuses what PostgreSQL refuses (NUL) and what either driver would silently replace (lone surrogates). */
    static void checkText(String text, Supplier<String> what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException(what.get() + " contains a NUL character at index " + i
                        + "; JSON writes it as \\u0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what.get() + " contains an unpaired surrogate at index " + i
                        + ", which is not valid Unicode");
            }
        }
    }

    static String where(String map, String key) {
        return "key '" + brief(key) + "' of map '" + map + "'";
    }

    static String brief(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
