package org.astrocyte.controllers.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SensorMotorWeightsTest {

    @Test
    void should_score_each_side_by_its_weight_onto_the_wheel_that_turns_away() {
        // given: rays 0-1 left, 2 centre, 3-4 right; left rays wired right, right rays half wrong
        SensorMotorWeights weights = new SensorMotorWeights(new double[] {3000, 1000, 500, 400, 0},
                new double[] {0, 200, 500, 0, 2000});
        // then
        assertEquals((3000 + 800) / 2.0, weights.correctMinusWrong(true), 1e-9);
        assertEquals((-400 + 2000) / 2.0, weights.correctMinusWrong(false), 1e-9);
    }

    @Test
    void should_reject_unpaired_weights() {
        assertThrows(IllegalArgumentException.class,
                () -> new SensorMotorWeights(new double[] {1, 2}, new double[] {1}));
    }
}
