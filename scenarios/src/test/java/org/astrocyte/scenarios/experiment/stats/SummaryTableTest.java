package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    private static final List<ConditionSummary> SUMMARIES = List.of(
            ConditionSummary.of(new GroupKey("planner-only", Map.of("speed", "0.3")), "collisions",
                    new double[] {2, 4, 4, 4, 5, 5, 7, 9}, 3),
            ConditionSummary.of(new GroupKey("planner|reflex \"v2\"", Map.of("speed", "0.3", "map", "a,b")),
                    "time_to_goal", new double[] {12.25, Double.NaN, 0.1 + 0.2, 1e-9}, 3),
            ConditionSummary.of(GroupKey.of("reflex-only"), "time_to_goal", new double[] {Double.NaN, 41.5}, 3));

    @Test
    void should_read_back_from_csv_exactly_what_it_wrote(@TempDir Path directory) throws IOException {
        // given
        Path file = directory.resolve(SummaryTable.CSV_FILE_NAME);

        // when
        SummaryTable.writeCsv(file, SUMMARIES);
        List<ConditionSummary> read = SummaryTable.readCsv(file);

        // then: every figure, the parameters, the absent intervals and the awkward names survive
        assertEquals(SUMMARIES, read);
    }

    @Test
    void should_write_csv_with_one_row_per_summary_and_a_column_per_parameter() {
        // when
        List<String> lines = SummaryTable.csv(SUMMARIES).lines().toList();

        // then
        assertEquals(4, lines.size());
        assertEquals("condition,param.map,param.speed,metric,n,excluded,mean,sd,se,t_ci95_low,t_ci95_high,"
                + "bootstrap_ci95_low,bootstrap_ci95_high,min,max", lines.get(0));
        assertTrue(lines.get(1).startsWith("planner-only,,0.3,collisions,8,0,5.0,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"planner|reflex \"\"v2\"\"\",\"a,b\",0.3,time_to_goal,3,1,"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("reflex-only,,,time_to_goal,1,1,41.5,NaN,NaN,,,,,41.5,41.5"),
                lines.get(3));
    }

    @Test
    void should_refuse_csv_without_a_needed_column() {
        assertThrows(IllegalArgumentException.class, () -> SummaryTable.parseCsv("condition,metric,n\na,b,1\n"));
    }

    @Test
    void should_render_markdown_with_header_alignment_row_and_one_row_per_summary() {
        // when
        List<String> lines = SummaryTable.markdown(SUMMARIES).lines().toList();

        // then
        assertEquals(2 + SUMMARIES.size(), lines.size());
        assertEquals("| group | metric | n | excluded | mean | sd | se | t 95% CI | bootstrap 95% CI | min | max |",
                lines.get(0));
        assertEquals("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |", lines.get(1));
        for (String line : lines) {
            assertTrue(line.startsWith("| ") && line.endsWith(" |"), line);
            assertEquals(12, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
        }
        assertTrue(lines.get(2).startsWith("| planner-only [speed=0.3] | collisions | 8 | 0 | 5 | 2.138 | 0.7559 | "
                + "[3.213, 6.787] | ["), lines.get(2));
        assertTrue(lines.get(3).startsWith("| planner\\|reflex \"v2\" [map=a,b, speed=0.3] |"), lines.get(3));
        assertTrue(lines.get(4).endsWith("| 1 | 1 | 41.5 | NaN | NaN | - | - | 41.5 | 41.5 |"), lines.get(4));
    }

    @Test
    void should_render_a_fixed_width_text_table_in_any_locale() {
        // given: a locale whose decimal separator is a comma
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        String table;
        try {
            // when
            table = SummaryTable.text(SUMMARIES);
        } finally {
            Locale.setDefault(saved);
        }

        // then: every line equally long, columns aligned under the header, points as decimal separators
        List<String> lines = table.lines().toList();
        assertEquals(2 + SUMMARIES.size(), lines.size());
        for (String line : lines) {
            assertEquals(lines.get(0).length(), line.length(), line);
        }
        assertTrue(lines.get(0).startsWith("group    "), lines.get(0));
        assertTrue(lines.get(1).matches("-+( {2}-+){10}"), lines.get(1));
        assertTrue(lines.get(2).contains("2.138"), lines.get(2));
        assertTrue(lines.get(3).contains("1.000e-09"), lines.get(3));
        assertEquals(lines.get(0).indexOf("metric"), lines.get(2).indexOf("collisions"));
        assertTrue(lines.get(4).endsWith("41.5"), lines.get(4));
    }
}
