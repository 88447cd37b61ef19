package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A point in the arena, metres. */
public record PointSpec(@JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y) {

    public PointSpec {
        Checks.inRange("x", x, -1e6, 1e6);
        Checks.inRange("y", y, -1e6, 1e6);
    }
}
