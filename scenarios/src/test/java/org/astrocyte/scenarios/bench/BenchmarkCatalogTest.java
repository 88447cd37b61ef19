package org.astrocyte.scenarios.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding benchmarks by name. */
class BenchmarkCatalogTest {

    private final Benchmark simulator = new FixedFiguresBenchmark("simulator");
    private final Benchmark bus = new FixedFiguresBenchmark("bus");
    private final BenchmarkCatalog catalog = new BenchmarkCatalog(List.of(simulator, bus));

    @Test
    void should_find_a_benchmark_by_name() {
        assertSame(bus, catalog.find("bus"));
        assertEquals(List.of("simulator", "bus"), catalog.names());
    }

    @Test
    void should_name_the_known_benchmarks_when_asked_for_an_unknown_one() {
        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> catalog.find("memry"));
        // then
        assertEquals("unknown benchmark 'memry' (known: simulator, bus)", error.getMessage());
    }

    @Test
    void should_say_when_no_benchmark_is_registered() {
        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkCatalog(List.of()).find("simulator"));
        // then
        assertEquals("unknown benchmark 'simulator' (no benchmark is registered yet)", error.getMessage());
    }

    @Test
    void should_reject_two_benchmarks_of_one_name_and_names_with_spaces() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkCatalog(List.of(simulator, new FixedFiguresBenchmark("simulator"))));
        assertThrows(IllegalArgumentException.class,
                () -> new BenchmarkCatalog(List.of(new FixedFiguresBenchmark("my bench"))));
    }
}
