package org.astrocyte.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlConfigReaderTest {

    record Point(@JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y) {
    }

    record Garden(@JsonProperty(required = true) String name, Integer seed, List<Point> trees) {
        Garden {
            if (seed != null && seed < 0) {
                throw new IllegalArgumentException("seed must not be negative, got " + seed);
            }
        }
    }

    @TempDir
    Path dir;

    private final YamlConfigReader reader = new YamlConfigReader();

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("garden.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private InputException failure(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(InputException.class, () -> reader.read(file, Garden.class));
    }

    @Test
    void should_read_a_valid_file_into_records() throws IOException {
        // given
        Path file = write("name: rose\nseed: 3\ntrees:\n  - {x: 1.5, y: 2}\n");
        // when
        Garden garden = reader.read(file, Garden.class);
        // then
        assertEquals(new Garden("rose", 3, List.of(new Point(1.5, 2.0))), garden);
    }

    @Test
    void should_name_file_line_and_field_for_a_wrong_type() throws IOException {
        // when
        InputException e = failure("name: rose\ntrees:\n  - x: 1\n    y: north\n");
        // then
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(dir.resolve("garden.yaml") + ":4:"), e.getMessage());
        assertTrue(e.problem().contains("trees[0].y"), e.problem());
        assertTrue(e.problem().contains("expected a number, got 'north'"), e.problem());
    }

    @Test
    void should_name_an_unknown_key_and_list_the_known_ones() throws IOException {
        // when
        InputException e = failure("name: rose\ncolour: red\n");
        // then
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("unknown key 'colour'"), e.problem());
        assertTrue(e.problem().contains("expected one of: name, seed, trees"), e.problem());
    }

    @Test
    void should_suggest_the_known_key_nearest_to_a_misspelt_one() throws IOException {
        // when
        InputException e = failure("name: rose\nsede: 3\n");
        // then
        assertEquals("unknown key 'sede', did you mean 'seed'? (expected one of: name, seed, trees)", e.problem());
        assertEquals("", YamlConfigReader.suggestion("colour", java.util.List.of("name", "seed", "trees")),
                "no suggestion when nothing is near");
    }

    @Test
    void should_name_a_missing_required_field_with_its_path() throws IOException {
        // when
        InputException e = failure("name: rose\ntrees:\n  - x: 1\n");
        // then
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.problem().contains("missing required field 'trees[0].y'"), e.problem());
    }

    @Test
    void should_report_a_value_the_record_rejects() throws IOException {
        // when
        InputException e = failure("name: rose\nseed: -4\n");
        // then
        assertTrue(e.problem().contains("seed must not be negative, got -4"), e.problem());
        assertTrue(e.line() > 0);
    }

    @Test
    void should_report_broken_yaml_with_its_line() throws IOException {
        // when
        InputException e = failure("name: rose\nseed: \"3\n");
        // then
        assertTrue(e.problem().startsWith("not valid YAML"), e.problem());
        assertTrue(e.line() >= 2, "line " + e.line());
    }

    @Test
    void should_report_a_missing_file() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(dir.resolve("nope.yaml"), Garden.class));
        assertTrue(e.getMessage().endsWith("nope.yaml: no such file"), e.getMessage());
    }

    @Test
    void should_apply_overrides_from_system_properties_and_environment() throws IOException {
        // given
        Path file = write("name: rose\nseed: 3\n");
        Properties properties = new Properties();
        properties.setProperty("astrocyte.seed", "9");
        properties.setProperty("unrelated", "x");
        Map<String, String> overrides = ConfigOverrides.from(properties, Map.of("ASTROCYTE_NAME", "tulip"));
        // when
        Garden garden = reader.read(file, Garden.class, overrides);
        // then
        assertEquals(new Garden("tulip", 9, null), garden);
    }

    @Test
    void should_read_the_framework_config_from_overrides_alone() {
        // given
        Map<String, String> overrides = ConfigOverrides.from(new Properties(),
                Map.of("ASTROCYTE_HAZELCAST_CLUSTERNAME", "lab", "ASTROCYTE_HAZELCAST_PORT", "5801"));
        // when
        AstrocyteConfig config = AstrocyteConfig.load(null, overrides);
        // then
        assertEquals("lab", config.hazelcast().clusterName());
        assertEquals(5801, config.hazelcast().port());
        assertEquals("127.0.0.1", config.hazelcast().bindAddress());
    }

    @Test
    void should_leave_other_astrocyte_environment_variables_alone() {
        // given: the launcher's options and a test database URL beside a real override
        Map<String, String> overrides = ConfigOverrides.from(new Properties(), Map.of(
                "ASTROCYTE_JAVA_OPTS", "-Xmx1g", "ASTROCYTE_TEST_POSTGRES_URL", "jdbc:postgresql://x/y",
                "ASTROCYTE_HAZELCAST_CLUSTERNAME", "lab"), AstrocyteConfig.sections());
        // when
        AstrocyteConfig config = AstrocyteConfig.load(null, overrides);
        // then
        assertEquals(Map.of("hazelcast.clustername", "lab"), overrides);
        assertEquals("lab", config.hazelcast().clusterName());
    }

    record Orchard(@JsonProperty(required = true) String name, List<Garden> gardens) {
    }

    @Test
    void should_merge_included_fragments_under_the_including_keys() throws IOException {
        // given: a shared fragment, itself including another, used at the top and inside a list
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/seed.yaml"), "seed: 3\n");
        Files.writeString(dir.resolve("parts/garden.yaml"), "include: seed.yaml\nname: plain\ntrees: [{x: 1, y: 2}]\n");
        Path file = dir.resolve("orchard.yaml");
        Files.writeString(file, "name: orchard\ngardens:\n  - include: parts/garden.yaml\n    name: rose\n"
                + "  - include: parts/garden.yaml\n    seed: 9\n    trees: [{x: 5, y: 5}]\n");
        // when
        Orchard orchard = reader.read(file, Orchard.class);
        // then: included values are the base, the including mapping's keys win, lists are replaced
        assertEquals(new Garden("rose", 3, List.of(new Point(1.0, 2.0))), orchard.gardens().get(0));
        assertEquals(new Garden("plain", 9, List.of(new Point(5.0, 5.0))), orchard.gardens().get(1));
    }

    @Test
    void should_name_a_missing_include_a_cycle_and_a_bad_field_from_a_fragment() throws IOException {
        Path missing = write("include: nowhere.yaml\nname: rose\n");
        assertTrue(assertThrows(InputException.class, () -> reader.read(missing, Garden.class)).getMessage()
                .contains("include 'nowhere.yaml': no such file"));
        Files.writeString(dir.resolve("a.yaml"), "include: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "include: a.yaml\n");
        Path cycle = write("include: a.yaml\nname: rose\n");
        assertTrue(assertThrows(InputException.class, () -> reader.read(cycle, Garden.class)).getMessage()
                .contains("include cycle: b.yaml <- a.yaml <- garden.yaml <- a.yaml"), "cycle");
        Files.writeString(dir.resolve("bad.yaml"), "seed: many\n");
        Path bad = write("include: bad.yaml\nname: rose\n");
        assertEquals(bad + ": (with its includes) field 'seed': expected a whole number, got 'many'",
                assertThrows(InputException.class, () -> reader.read(bad, Garden.class)).getMessage());
    }
}
