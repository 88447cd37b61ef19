package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A point light, position in metres. An eye at distance d reads intensity / (1 + (d / halfDistance)²), summed over
 * the lights and clipped to [0, 1].
 *
 * @param id           names it in messages (default "light-N", N counting from 1)
 * @param intensity    the reading at the source, 0 to 100 (default 1)
 * @param halfDistance where the reading has halved, metres (default 1)
 */
public record LightSpec(String id, @JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y,
        Double intensity, Double halfDistance) {

    public LightSpec {
        String name = id == null ? "light" : "light '" + id + "'";
        Checks.inRange(name + " x", x, -1e6, 1e6);
        Checks.inRange(name + " y", y, -1e6, 1e6);
        intensity = intensity == null ? 1.0 : intensity;
        Checks.inRange(name + " intensity", intensity, 0, 100);
        halfDistance = halfDistance == null ? 1.0 : halfDistance;
        Checks.inRange(name + " halfDistance", halfDistance, 0.01, 1000);
    }

    LightSpec withId(String newId) {
        return new LightSpec(newId, x, y, intensity, halfDistance);
    }
}
