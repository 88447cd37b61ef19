package org.astrocyte.scenarios.report.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astrocyte.core.event.TimelineEventApplied;

/**
 * An obstacle the timeline added, moved or removed, read from a {@code TimelineEventApplied} event, so that a replay
 * can redraw the arena as it changed: at {@code t} seconds, obstacle {@code id} was {@code added} (its shape is among
 * the layout's timeline obstacles), {@code moved} with its anchor to ({@code x}, {@code y}) metres, or
 * {@code removed}.
 */
public record ObstacleChange(double t, String id, String change, Double x, Double y) {

    // The detail the runner's timeline writes: "obstacle 'id' added (...)", "... moved to (x, y) (...)", "... removed".
    private static final Pattern DETAIL = Pattern.compile(
            "obstacle '(.+?)' (added|removed|moved to \\(([-+0-9.eE]+), ([-+0-9.eE]+)\\))");

    /** The change {@code event} made at {@code seconds}, or null if it changed no obstacle. */
    public static ObstacleChange of(double seconds, TimelineEventApplied event) {
        if (!event.action().endsWith("_obstacle") || event.detail() == null) {
            return null;
        }
        Matcher m = DETAIL.matcher(event.detail());
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(3) != null) {
            return new ObstacleChange(seconds, m.group(1), "moved", Double.valueOf(m.group(3)),
                    Double.valueOf(m.group(4)));
        }
        return new ObstacleChange(seconds, m.group(1), m.group(2), null, null);
    }
}
