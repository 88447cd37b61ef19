package org.astrocyte.memory.sdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured capacity curve against the theory, on a memory small enough to fill in a second. */
class SdmCapacityCurveTest {

    /** 2000 locations with 10-bit addresses, about 30 activated per cue: predicted capacity about 130 items. */
    private static final KanervaMemory.Config SMALL = KanervaMemory.Config.builder().locations(2000).addressBits(10)
            .build();

    private static SdmCapacityCurve.Settings.Builder settings() {
        return SdmCapacityCurve.Settings.builder().memory(SMALL).itemCounts(
                SdmCapacityCurve.Settings.geometric(30, Math.sqrt(2), 9)).samples(300).criticalSamples(0)
                .predictCriticalDistance(false);
    }

    @Test
    void should_measure_a_capacity_within_a_factor_of_two_of_the_prediction() {
        // given
        List<SdmCapacityCurve.Progress> reports = new ArrayList<>();
        // when
        SdmCapacityCurve.Result result = SdmCapacityCurve.run(settings().build(), reports::add);
        // then the fall below 0.99 exact recall is bracketed by the counts and lies within a factor 2 of theory
        double measured = result.measured().items();
        assertTrue(result.measured().bracketed(), result.table());
        assertTrue(result.predicted() > 0, result.table());
        assertTrue(measured > result.predicted() / 2.0 && measured < result.predicted() * 2.0, result.table());
        // and recall falls with load, and every count was reported
        List<SdmCapacityCurve.Row> rows = result.rows();
        assertTrue(rows.get(0).recalled() > 0.99 && rows.get(rows.size() - 1).recalled() < 0.9, result.table());
        assertEquals(9, reports.size());
        assertEquals(new SdmCapacityCurve.Progress(9, 9, rows.get(8).items()), reports.get(8));
    }

    @Test
    void should_measure_the_critical_distance_shrinking_with_load_next_to_the_mean_field_one() {
        // given two loads, below and above capacity
        SdmCapacityCurve.Settings settings = settings().itemCounts(List.of(40, 320)).samples(50)
                .criticalSamples(40).predictCriticalDistance(true).build();
        // when
        SdmCapacityCurve.Result result = SdmCapacityCurve.run(settings, null);
        // then both distances shrink with load and lie within a quarter of the code of each other
        SdmCapacityCurve.Row light = result.rows().get(0);
        SdmCapacityCurve.Row heavy = result.rows().get(1);
        assertTrue(light.criticalDistance() > heavy.criticalDistance(), result.table());
        assertTrue(light.predictedCriticalDistance() > heavy.predictedCriticalDistance(), result.table());
        assertEquals(light.predictedCriticalDistance(), light.criticalDistance(), 0.25, result.table());
    }

    @Test
    void should_give_the_same_curve_for_the_same_seed_and_no_prediction_without_theory() {
        // given a nearest-k memory, which the theory does not cover
        KanervaMemory.Config nearest = SMALL.toBuilder().activation(Activation.NEAREST_K).nearest(30).build();
        SdmCapacityCurve.Settings settings = settings().memory(nearest).itemCounts(List.of(50, 200)).samples(100)
                .criticalSamples(20).build();
        // when run twice
        SdmCapacityCurve.Result first = SdmCapacityCurve.run(settings, null);
        SdmCapacityCurve.Result second = SdmCapacityCurve.run(settings, null);
        // then
        assertEquals(first.rows(), second.rows());
        assertEquals(-1, first.predicted());
        assertTrue(Double.isNaN(first.rows().get(0).predictedRecalled()));
        assertTrue(first.rows().get(0).recalled() > 0.9, first.table());
    }

    @Test
    void should_reject_inconsistent_settings() {
        assertEquals("itemCounts must be positive and increasing, got [10, 10]",
                assertThrows(IllegalArgumentException.class, () -> settings().itemCounts(List.of(10, 10)).build())
                        .getMessage());
        assertEquals("the memory reads 40 bits, the codes have 20",
                assertThrows(IllegalArgumentException.class, () -> settings().activeBits(20).build()).getMessage());
        assertEquals("cueNoise must lie in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> settings().cueNoise(1.5).build()).getMessage());
    }
}
