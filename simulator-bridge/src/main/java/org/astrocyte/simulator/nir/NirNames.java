package org.astrocyte.simulator.nir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Checks on the names that become HDF5 link names, and the copying of name-keyed maps into immutable ones. */
final class NirNames {

    private NirNames() {
    }

    /** A node name: one HDF5 link name, so neither empty nor containing '/'. */
    static String requireNodeName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty() || name.contains("/") || name.equals(".")) {
            throw new IllegalArgumentException(what + " must be a non-empty name without '/', got '" + name + "'");
        }
        return name;
    }

    /**
     * A dataset key of a node: one link name, or several joined by '/' for a dataset in a sub-group (e.g.
     * {@code input_type/input}).
     */
    static String requireKey(String key) {
        Objects.requireNonNull(key, "key");
        for (String part : key.split("/", -1)) {
            requireNodeName(part, "each part of key '" + key + "'");
        }
        return key;
    }

    /** An immutable copy keeping the iteration order; null gives an empty map. */
    static Map<String, NirValue> copyValues(Map<String, ? extends NirValue> values) {
        if (values == null) {
            return Map.of();
        }
        Map<String, NirValue> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(requireKey(key), Objects.requireNonNull(value, key)));
        return Collections.unmodifiableMap(copy);
    }
}
