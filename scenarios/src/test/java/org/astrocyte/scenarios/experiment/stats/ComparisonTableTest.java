package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons go to CSV and come back exactly, awkward names, undefined figures and absent intervals included. */
class ComparisonTableTest {

    private static final GroupKey PLANNER = new GroupKey("planner-only", Map.of("latency", "2 s", "map", "a,b"));
    private static final GroupKey REFLEX = new GroupKey("planner+reflex \"v2\"", Map.of("latency", "2 s",
            "map", "a,b"));

    private static final List<Comparison> COMPARISONS = List.of(
            Comparison.of("collisions", PLANNER, new double[] {5, 6, 4, 7, 5}, REFLEX, new double[] {0, 1, 0, 0, 1}),
            Comparison.of("time_to_goal", GroupKey.of("a"), new double[] {0.1 + 0.2, 12.25, Double.NaN, 3},
                    GroupKey.of("b"), new double[] {1e-9, 41.5, 7}),
            Comparison.of("collisions", GroupKey.of("a"), new double[] {0, 0, 0}, GroupKey.of("b"),
                    new double[] {0, 0}));

    @Test
    void readsBackFromCsvExactlyWhatItWrote(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve(ComparisonTable.CSV_FILE_NAME);
        // when
        ComparisonTable.writeCsv(file, COMPARISONS);
        List<Comparison> read = ComparisonTable.readCsv(file);
        // then: every figure, NaN included, the settings and the missing intervals survive
        assertEquals(COMPARISONS, read);
        assertNull(read.get(2).differenceInterval());
        assertTrue(Double.isNaN(read.get(2).welchP()));
        assertEquals(COMPARISONS.get(0).verdict(), read.get(0).verdict());
    }

    @Test
    void writesAColumnPerParameterOfTheSettingAndTheFiguresByName() {
        // when
        List<String> lines = ComparisonTable.csv(COMPARISONS).lines().toList();
        // then
        assertEquals(4, lines.size());
        assertEquals("metric,baseline,treatment,param.latency,param.map,baseline_n,treatment_n,baseline_mean,"
                + "treatment_mean,difference,difference_ci95_low,difference_ci95_high,welch_df,hedges_g,"
                + "hedges_g_ci95_low,hedges_g_ci95_high,welch_p,mann_whitney_p", lines.get(0));
        assertTrue(lines.get(1).startsWith("collisions,planner-only,\"planner+reflex \"\"v2\"\"\",2 s,\"a,b\",5,5,5.4,"
                + "0.4,-5.0,"), lines.get(1));
        assertTrue(lines.get(3).startsWith("collisions,a,b,,,3,2,0.0,0.0,0.0,,,NaN,NaN,,,NaN,"), lines.get(3));
    }

    @Test
    void writesAHeaderAloneWhenNothingIsCompared(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve(ComparisonTable.CSV_FILE_NAME);
        // when
        ComparisonTable.writeCsv(file, List.of());
        // then
        assertEquals(1, Files.readAllLines(file).size());
        assertEquals(List.of(), ComparisonTable.readCsv(file));
    }

    @Test
    void refusesAComparisonAcrossSettings() {
        Comparison across = Comparison.of("collisions", new GroupKey("a", Map.of("latency", "0 s")),
                new double[] {1, 2}, new GroupKey("b", Map.of("latency", "2 s")), new double[] {3, 4});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ComparisonTable.csv(List.of(across)));
        assertTrue(error.getMessage().contains("crosses settings"), error.getMessage());
    }

    @Test
    void namesTheFileTheRowAndTheColumnOfAMalformedFile(@TempDir Path dir) throws IOException {
        // given: a p-value that is not a number, on the second row
        List<String> lines = ComparisonTable.csv(COMPARISONS).lines().toList();
        Path file = dir.resolve(ComparisonTable.CSV_FILE_NAME);
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).replaceFirst(",[^,]*$",
                ",often") + "\n");
        Path noColumn = dir.resolve("no-column.csv");
        Files.writeString(noColumn, "metric,baseline,treatment\n");
        // when
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ComparisonTable.readCsv(file));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ComparisonTable.readCsv(noColumn));
        // then
        assertEquals(file + ": row 2 of the comparisons CSV: mann_whitney_p is not a number: 'often'",
                bad.getMessage());
        assertTrue(missing.getMessage().startsWith(noColumn + ": the comparisons CSV lacks the column "),
                missing.getMessage());
    }
}
