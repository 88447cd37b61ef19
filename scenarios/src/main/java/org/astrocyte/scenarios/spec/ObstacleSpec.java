package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A circular obstacle: centre and radius in metres; {@code id} names it in collision events. */
public record ObstacleSpec(String id, @JsonProperty(required = true) Double x,
        @JsonProperty(required = true) Double y, @JsonProperty(required = true) Double radius) {

    public ObstacleSpec {
        Checks.inRange("radius", radius, 0.01, 1e3);
    }
}
