package org.astrocyte.simulator.spec;

/** Checks shared by the spec records for the names that projections and sessions refer to. */
final class Names {

    private Names() {
    }

    static void requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidNetworkException(what + " name must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }
}
