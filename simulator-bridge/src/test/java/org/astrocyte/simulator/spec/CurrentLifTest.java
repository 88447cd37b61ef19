package org.astrocyte.simulator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;
import org.astrocyte.simulator.units.Dimension;
import org.astrocyte.simulator.units.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CurrentLifTest {

    static Stream<Arguments> invalidModels() {
        return Stream.of(
                Arguments.of(new CurrentLif(0, 100, -65, -70, -50, 0), "tau_m must be positive, got 0.0 ms"),
                Arguments.of(new CurrentLif(10, -1, -65, -70, -50, 0), "resistance must be positive, got -1.0 MΩ"),
                Arguments.of(new CurrentLif(10, 100, -65, -50, -50, 0),
                        "v_threshold -50.0 mV must be above v_reset -50.0 mV"),
                Arguments.of(new CurrentLif(10, 100, Double.NaN, -70, -50, 0), "v_rest must be finite, got NaN"),
                Arguments.of(new CurrentLif(10, 100, -65, -70, -50, -1),
                        "refractory must not be negative, got -1.0 ms"));
    }

    @ParameterizedTest
    @MethodSource("invalidModels")
    void should_name_the_parameter_when_a_value_cannot_be_simulated(CurrentLif model, String expected) {
        // when
        InvalidNetworkException error = assertThrows(InvalidNetworkException.class,
                () -> new PopulationSpec("cells", 3, model));
        // then
        assertEquals("population 'cells': " + expected, error.getMessage());
    }

    @Test
    void should_be_built_from_its_file_key_with_defaults_when_parameters_are_left_out() {
        // when
        NeuronModel model = ModelKind.ofKey("lif").create(Map.of("resistance", 50.0));
        // then
        assertEquals(new CurrentLif(20, 50, -65, -65, -50, 0), model);
        assertEquals("lif", model.kind());
        assertEquals(0.05, ((CurrentLif) model).mvPerPa(), 1e-15);
    }

    @Test
    void should_convert_resistances_to_megaohms_when_written_in_other_units() {
        assertEquals(100.0, Quantity.parse("0.1 GΩ").in(Dimension.RESISTANCE), 1e-12);
        assertEquals(100.0, Quantity.parse("100 MOhm").in(Dimension.RESISTANCE), 1e-12);
        assertEquals(0.5, Quantity.parse("500 kΩ").in(Dimension.RESISTANCE), 1e-12);
        assertEquals(2e-6, Quantity.parse("2 Ohm").in(Dimension.RESISTANCE), 1e-18);
        assertEquals(1.0, Quantity.parse("1 M\u2126").in(Dimension.RESISTANCE), 1e-12);
    }
}
