package org.astrocyte.simulator.nir;

import java.nio.file.Path;
import java.util.Map;

/** The datasets of one node group being read, with errors that name the file, the group and the missing field. */
final class NodeFields {

    private final Path file;
    private final String path;
    private final String type;
    private final Map<String, NirValue> values;

    NodeFields(Path file, String path, String type, Map<String, NirValue> values) {
        this.file = file;
        this.path = path;
        this.type = type;
        this.values = values;
    }

    /** The numeric dataset {@code name}, which must be there. */
    NirArray array(String name) {
        NirValue value = values.get(name);
        if (value == null) {
            throw new NirFormatException(file, path, type + " node has no dataset '" + name
                    + "' (expected a numeric array); it has " + values.keySet());
        }
        if (!(value instanceof NirArray array)) {
            throw new NirFormatException(file, path + "/" + name, "expected a numeric array for field '" + name
                    + "' of a " + type + " node, found a string");
        }
        return array;
    }

    /** The numeric dataset {@code name}, or null when the node has none. */
    NirArray optionalArray(String name) {
        return values.containsKey(name) ? array(name) : null;
    }

    /** All datasets, for a node of a type without a record. */
    Map<String, NirValue> all() {
        return values;
    }
}
