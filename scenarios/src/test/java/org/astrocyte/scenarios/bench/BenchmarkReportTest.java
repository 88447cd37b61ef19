package org.astrocyte.scenarios.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a benchmark run: its JSON as DESIGN.md gives it, and its table. */
class BenchmarkReportTest {

    private static final MachineInfo MACHINE = new MachineInfo(8, 4L << 30, "Vendor", "17.0.15+6", "Linux",
            "amd64", "Some CPU @ 3.0GHz", null, "2026-01-02T03:04:05Z");

    private static final BenchmarkReport REPORT = new BenchmarkReport("simulator", MACHINE, List.of(
            Figure.against("wall_time", 2.5, "s", "reference loop", 10.0),
            Figure.of("synaptic_events", 123_456_789.0, "events")));

    @Test
    void should_write_the_json_format_of_the_design_with_ratio_and_null_baseline() throws Exception {
        // when
        JsonNode json = new ObjectMapper().readTree(REPORT.toJson());
        // then
        assertEquals(List.of("benchmark", "machine", "figures"), keys(json));
        assertEquals("simulator", json.get("benchmark").asText());
        JsonNode compared = json.get("figures").get(0);
        assertEquals(List.of("name", "value", "unit", "baseline", "baseline_value", "ratio"), keys(compared));
        assertEquals("wall_time", compared.get("name").asText());
        assertEquals(2.5, compared.get("value").asDouble());
        assertEquals("s", compared.get("unit").asText());
        assertEquals("reference loop", compared.get("baseline").asText());
        assertEquals(10.0, compared.get("baseline_value").asDouble());
        assertEquals(0.25, compared.get("ratio").asDouble(), 1e-12);
        JsonNode alone = json.get("figures").get(1);
        assertEquals(List.of("name", "value", "unit", "baseline", "baseline_value", "ratio"), keys(alone));
        assertTrue(alone.get("baseline").isNull());
        assertTrue(alone.get("baseline_value").isNull());
        assertTrue(alone.get("ratio").isNull());
    }

    @Test
    void should_describe_the_machine_with_snake_case_keys() throws Exception {
        // when
        JsonNode machine = new ObjectMapper().readTree(REPORT.toJson()).get("machine");
        // then
        assertEquals(List.of("cores", "max_heap_bytes", "jvm_vendor", "jvm_version", "os_name", "os_arch",
                "cpu_model", "git_commit", "time"), keys(machine));
        assertEquals(8, machine.get("cores").asInt());
        assertEquals(4L << 30, machine.get("max_heap_bytes").asLong());
        assertEquals("Some CPU @ 3.0GHz", machine.get("cpu_model").asText());
        assertTrue(machine.get("git_commit").isNull());
        assertEquals("2026-01-02T03:04:05Z", machine.get("time").asText());
    }

    @Test
    void should_write_the_json_file_creating_its_folder(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("results").resolve("simulator.json");
        // when
        REPORT.writeJson(file);
        // then
        assertEquals("simulator", new ObjectMapper().readTree(file.toFile()).get("benchmark").asText());
    }

    @Test
    void should_print_a_table_with_a_line_per_figure_and_four_significant_digits() {
        // when
        List<String> lines = REPORT.table().lines().toList();
        // then
        assertEquals(3, lines.size(), REPORT.table());
        assertTrue(lines.get(0).matches("figure +value +unit +baseline +baseline value +ratio"), lines.get(0));
        assertTrue(lines.get(1).matches("wall_time +2\\.5 +s +reference loop +10 +0\\.25"), lines.get(1));
        assertTrue(lines.get(2).matches("synaptic_events +123,500,000 +events +- +- +-"), lines.get(2));
    }

    @Test
    void should_format_numbers_plainly_unless_very_large_or_small() {
        assertEquals("3.142", FigureTable.number(Math.PI));
        assertEquals("0", FigureTable.number(0.0));
        assertEquals("0.001235", FigureTable.number(0.0012345));
        assertEquals("-1,235", FigureTable.number(-1234.5));
        assertEquals("1.235e-05", FigureTable.number(0.000012345));
        assertEquals("1.235e+12", FigureTable.number(1.2345e12));
    }

    @Test
    void should_give_no_ratio_against_a_baseline_of_zero() {
        assertNull(Figure.against("dropped_events", 3, "events", "direct queue", 0).ratio());
    }

    @Test
    void should_reject_a_figure_name_not_in_snake_case_and_a_baseline_without_value() {
        assertThrows(IllegalArgumentException.class, () -> Figure.of("WallTime", 1, "s"));
        assertThrows(IllegalArgumentException.class, () -> Figure.of("wall time", 1, "s"));
        assertThrows(IllegalArgumentException.class, () -> new Figure("wall_time", 1, "s", "reference", null));
        assertThrows(IllegalArgumentException.class, () -> Figure.of("wall_time", Double.NaN, "s"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
