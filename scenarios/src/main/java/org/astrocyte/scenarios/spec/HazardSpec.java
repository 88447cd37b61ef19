package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A circular hazard, centre and radius in metres: while an agent's centre is inside it, it loses energy.
 *
 * @param id             names it in events (default "hazard-N", N counting from 1)
 * @param drainPerSecond energy units lost per simulated second inside, 0 to 1e6 (default 1)
 */
public record HazardSpec(String id, @JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y,
        @JsonProperty(required = true) Double radius, Double drainPerSecond) {

    public HazardSpec {
        String name = id == null ? "hazard" : "hazard '" + id + "'";
        Checks.inRange(name + " x", x, -1e6, 1e6);
        Checks.inRange(name + " y", y, -1e6, 1e6);
        Checks.inRange(name + " radius", radius, 0.01, 1000);
        drainPerSecond = drainPerSecond == null ? 1.0 : drainPerSecond;
        Checks.inRange(name + " drainPerSecond", drainPerSecond, 0, 1e6);
    }

    HazardSpec withId(String newId) {
        return new HazardSpec(newId, x, y, radius, drainPerSecond);
    }
}
