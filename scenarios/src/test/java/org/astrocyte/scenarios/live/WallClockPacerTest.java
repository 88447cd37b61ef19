package org.astrocyte.scenarios.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.astrocyte.scenarios.run.RunProgress;
import org.junit.jupiter.api.Test;

/** The live pace: simulated time no faster than speed times the wall clock, and never hurried. */
class WallClockPacerTest {

    private long nanos = 5_000;
    private final List<Long> slept = new ArrayList<>();
    private final List<Double> reported = new ArrayList<>();

    private WallClockPacer pacer(double speed) {
        RunProgress next = new RunProgress() {
            @Override
            public void advanced(double seconds) {
                reported.add(seconds);
            }
        };
        return new WallClockPacer(speed, next, () -> nanos, wait -> {
            slept.add(wait);
            nanos += wait;
        });
    }

    @Test
    void aRunFasterThanTheWallClockWaitsForItAtTheChosenSpeed() {
        // given a pace of two simulated seconds per wall second
        WallClockPacer pacer = pacer(2);
        pacer.started("s", 10);
        // when the run reaches 1 s at once, then 3 s after 0.2 wall seconds of work
        pacer.advanced(1);
        nanos += 200_000_000L;
        pacer.advanced(3);
        // then it waits 0.5 s, then 1.5 - 0.7 = 0.8 s
        assertEquals(List.of(500_000_000L, 800_000_000L), slept);
        assertEquals(List.of(1.0, 3.0), reported, "the wrapped progress is told");
    }

    @Test
    void aRunSlowerThanTheWallClockIsNotHeldBack() {
        // given a run in real time whose planner took 2 wall seconds for 0.1 simulated seconds
        WallClockPacer pacer = pacer(1);
        pacer.started("s", 10);
        nanos += 2_000_000_000L;
        // when
        pacer.advanced(0.1);
        // then
        assertEquals(List.of(), slept);
    }

    @Test
    void aSpeedThatIsNotPositiveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pacer(0));
        assertEquals("--speed must be a positive number of simulated seconds per wall second (1 = real time), got 0.0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pacer(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> pacer(Double.POSITIVE_INFINITY));
    }
}
