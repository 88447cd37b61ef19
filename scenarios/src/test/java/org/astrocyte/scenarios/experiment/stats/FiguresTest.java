package org.astrocyte.scenarios.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void should_round_to_significant_digits_plainly_in_the_middle_range() {
        assertEquals("1235", Figures.significant(1234.5678, 4));
        assertEquals("-4.25", Figures.significant(-4.25, 3));
        assertEquals("4.3", Figures.significant(4.25, 2));
        assertEquals("0.001235", Figures.significant(0.0012345678, 4));
        assertEquals("5", Figures.significant(5.0, 4));
        assertEquals("120000", Figures.significant(123456.0, 2));
        assertEquals("0", Figures.significant(-0.0, 4));
    }

    @Test
    void should_switch_to_scientific_notation_for_very_small_and_very_large_numbers() {
        assertEquals("1.235e-04", Figures.significant(0.00012345678, 4));
        assertEquals("1.2e+07", Figures.significant(12345678.0, 2));
        assertEquals("NaN", Figures.significant(Double.NaN, 4));
    }

    @Test
    void should_report_p_values_as_usual() {
        assertEquals("< 0.001", Figures.pValue(0.0004));
        assertEquals("= 0.079", Figures.pValue(0.0793941401873583));
        assertEquals("= 0.001", Figures.pValue(0.001));
        assertEquals("= 1", Figures.pValue(1.0));
    }
}
