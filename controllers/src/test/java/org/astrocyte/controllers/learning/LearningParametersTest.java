package org.astrocyte.controllers.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningParametersTest {

    @Test
    void should_change_only_the_fields_set_on_the_builder() {
        // given
        LearningParameters defaults = LearningParameters.defaults();
        // when
        LearningParameters control = defaults.toBuilder().learning(false).escapeReward(0).build();
        // then
        assertFalse(control.learning());
        assertEquals(0, control.escapeReward());
        assertEquals(defaults, control.toBuilder().learning(true).escapeReward(defaults.escapeReward()).build());
    }

    @Test
    void should_reject_parameters_the_rule_cannot_use() {
        LearningParameters.Builder builder = LearningParameters.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> builder.learningRateHz(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> LearningParameters.defaults().toBuilder().initialWeightPa(5000).build());
        assertThrows(IllegalArgumentException.class,
                () -> LearningParameters.defaults().toBuilder().escapeReward(-1).build());
    }
}
