package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code astrocyte simulate} on the example networks, as a user calls it, with real files. */
class SimulateCommandIT {

    private final CliSession cli = new CliSession();

    @TempDir
    Path dir;

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cuba", "coba"})
    void should_simulate_an_example_network_and_write_spikes_summary_and_raster(String network) throws Exception {
        // when
        int exit = astrocyte("simulate", "../examples/networks/" + network + ".yaml", "--duration", "200 ms",
                "--out", dir.toString(), "--quiet");
        // then
        assertEquals(0, exit, cli.err());
        String table = cli.out();
        assertTrue(table.contains("Network " + network + ": 200 ms simulated"), table);
        assertTrue(table.contains("exc                 3200"), table);
        List<String> csv = Files.readAllLines(dir.resolve("spikes.csv"));
        assertEquals("time_ms,population,neuron", csv.get(0));
        assertTrue(csv.size() > 1000, "spikes: " + csv.size());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(csv.size() - 1, summary.get("spikes").asLong());
        double rate = summary.get("populations").get(0).get("rate_hz").asDouble();
        assertTrue(rate > 1 && rate < 60, "rate " + rate);
        BufferedImage raster = ImageIO.read(dir.resolve("raster.png").toFile());
        assertTrue(raster.getWidth() > 100 && raster.getHeight() > 100);
    }

    @Test
    void should_simulate_the_stdp_example_and_report_the_learned_weights() throws Exception {
        // when
        int exit = astrocyte("simulate", "../examples/networks/stdp.yaml", "--duration", "2 s", "--out",
                dir.toString(), "--quiet");
        // then
        assertEquals(0, exit, cli.err());
        assertTrue(cli.out().contains("projection 0 (inputs -> neuron, stdp): mean weight"), cli.out());
        List<String> weights = Files.readAllLines(dir.resolve("weights.csv"));
        assertEquals("projection,source,target,before,after", weights.get(0));
        assertEquals(1001, weights.size());
        long changed = weights.stream().skip(1).map(line -> line.split(","))
                .filter(f -> !f[3].equals(f[4])).count();
        assertTrue(changed > 900, "weights changed: " + changed);
        JsonNode learned = new ObjectMapper().readTree(dir.resolve("summary.json").toFile())
                .get("plastic_projections").get(0);
        assertEquals("stdp", learned.get("rule").asText());
        assertTrue(learned.get("mean_weight_after").asDouble() < learned.get("mean_weight_before").asDouble(),
                "depression must win on uncorrelated inputs: " + learned);
        BufferedImage histogram = ImageIO.read(dir.resolve("weights-0.png").toFile());
        assertTrue(histogram.getWidth() > 100 && histogram.getHeight() > 100);
    }

    @Test
    void should_draw_the_plots_as_svg_when_asked() throws Exception {
        int exit = astrocyte("simulate", "../examples/networks/stdp.yaml", "--duration", "100 ms", "--out",
                dir.toString(), "--plot", "svg", "--quiet");
        assertEquals(0, exit, cli.err());
        assertTrue(Files.readString(dir.resolve("raster.svg")).contains("<svg"));
        assertTrue(Files.readString(dir.resolve("weights-0.svg")).contains("<svg"));
    }

    @Test
    void should_reject_a_network_with_a_unit_mistake_naming_file_line_and_field() throws Exception {
        // given
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\npopulations:\n  - {name: a, size: 5, model: cuba_lif,"
                + " parameters: {tau_m: 20 mV}}\n");
        // when
        int exit = astrocyte("simulate", file.toString(), "--quiet");
        // then
        assertEquals(2, exit);
        String message = cli.err();
        assertTrue(message.contains(file + ":3:61: populations[0].parameters.tau_m: expected a time"), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void should_reject_a_duration_without_a_unit() {
        // when
        int exit = astrocyte("simulate", "../examples/networks/cuba.yaml", "--duration", "5", "--quiet");
        // then
        assertEquals(2, exit);
        assertTrue(cli.err().contains("--duration: expected a time in ms"), cli.err());
    }
}
