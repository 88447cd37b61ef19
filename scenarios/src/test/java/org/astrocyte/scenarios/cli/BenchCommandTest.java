package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.scenarios.bench.BenchmarkCatalog;
import org.astrocyte.scenarios.bench.BenchmarkOptions;
import org.astrocyte.scenarios.bench.Figure;
import org.astrocyte.scenarios.bench.FixedFiguresBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code astrocyte bench} as a user calls it, with a benchmark of the test's own in place of the project's. */
class BenchCommandTest {

    private final FixedFiguresBenchmark fixed = new FixedFiguresBenchmark("fixed",
            Figure.against("wall_time", 2.0, "s", "reference loop", 8.0),
            Figure.of("spikes", 1234.0, "spikes"));
    private final BenchmarkCatalog catalog = new BenchmarkCatalog(List.of(fixed,
            new FixedFiguresBenchmark("other")));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int astrocyte(String... args) {
        CommandLine command = Main.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == BenchCommand.class ? type.cast(new BenchCommand(catalog))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void should_run_the_benchmark_with_a_progress_bar_and_print_its_figures_in_a_table() {
        // when
        int exit = astrocyte("bench", "fixed");
        // then
        assertEquals(0, exit, err.toString());
        String table = out.toString();
        assertTrue(table.contains("Benchmark fixed on " + BenchmarkOptions.defaultThreads() + " thread"), table);
        assertTrue(table.lines().anyMatch(line -> line.matches("wall_time +2 +s +reference loop +8 +0\\.25")),
                table);
        assertTrue(table.lines().anyMatch(line -> line.matches("spikes +1,234 +spikes +- +- +-")), table);
        assertEquals(List.of(new BenchmarkOptions(false, BenchmarkOptions.defaultThreads())), fixed.runs());
    }

    @Test
    void should_pass_quick_and_threads_and_write_the_json_file_where_it_says(@TempDir Path dir) throws Exception {
        // given
        Path json = dir.resolve("bench").resolve("fixed.json");
        // when
        int exit = astrocyte("bench", "fixed", "--quick", "--threads", "3", "--json", json.toString(), "--quiet");
        // then
        assertEquals(0, exit, err.toString());
        assertEquals(List.of(new BenchmarkOptions(true, 3)), fixed.runs());
        assertTrue(out.toString().contains("Wrote " + json), out.toString());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("fixed", report.get("benchmark").asText());
        assertTrue(report.get("machine").has("cpu_model"));
        assertEquals(0.25, report.get("figures").get(0).get("ratio").asDouble(), 1e-12);
        assertTrue(report.get("figures").get(1).get("baseline").isNull());
    }

    @Test
    void should_list_the_benchmarks_with_their_descriptions() {
        // when
        int exit = astrocyte("bench", "--list");
        // then
        assertEquals(0, exit, err.toString());
        assertEquals(List.of("fixed  fixed figures named fixed", "other  fixed figures named other"),
                out.toString().lines().toList());
        assertTrue(fixed.runs().isEmpty());
    }

    @Test
    void should_reject_an_unknown_benchmark_with_exit_code_2_and_the_known_names_without_a_stack_trace() {
        // when
        int exit = astrocyte("bench", "simulatr");
        // then
        assertEquals(2, exit);
        String message = err.toString();
        assertTrue(message.contains("unknown benchmark 'simulatr' (known: fixed, other)"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void should_reject_zero_threads_and_a_missing_name_with_exit_code_2() {
        assertEquals(2, astrocyte("bench", "fixed", "--threads", "0", "--quiet"));
        assertTrue(err.toString().contains("at least one thread"), err.toString());
        assertEquals(2, astrocyte("bench"));
        assertTrue(err.toString().contains("Missing benchmark NAME"), err.toString());
        assertTrue(fixed.runs().isEmpty());
    }

    @Test
    void should_list_the_standard_catalog_when_built_by_picocli() {
        // when
        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).execute("bench", "--list");
        // then
        assertEquals(0, exit);
        for (String name : BenchmarkCatalog.standard().names()) {
            assertTrue(out.toString().lines().anyMatch(line -> line.startsWith(name + " ")), out.toString());
        }
    }
}
