package org.astrocyte.memory.sdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Wrong arguments fail fast with a message that names the argument and the bound. */
class KanervaMemoryValidationTest {

    private final KanervaMemory memory = new KanervaMemory(KanervaMemory.Config.builder().codeSize(64).locations(50)
            .addressBits(4).threshold(1).outputBits(4).build());
    private final Sdr code = Sdr.of(64, 1, 2, 3, 4);

    @Test
    void should_reject_inconsistent_configurations() {
        KanervaMemory.Config.Builder base = KanervaMemory.Config.builder().codeSize(64).locations(50).addressBits(4)
                .outputBits(4);
        assertMessage("codeSize must be positive, got 0", () -> base.codeSize(0).build());
        base.codeSize(64);
        assertMessage("locations must be positive, got 0", () -> base.locations(0).build());
        base.locations(50);
        assertMessage("addressBits must lie in [1, codeSize 64], got 65", () -> base.addressBits(65).build());
        base.addressBits(4);
        assertMessage("threshold must lie in [1, addressBits 4], got 5", () -> base.threshold(5).build());
        base.threshold(2);
        assertMessage("nearest (k) must lie in [1, locations 50], got 0", () -> base.nearest(0).build());
        assertMessage("nearest (k) must lie in [1, locations 50], got 51",
                () -> base.nearest(51).activation(Activation.NEAREST_K).build());
        base.nearest(10).activation(Activation.RADIUS);
        assertMessage("outputBits must lie in [1, codeSize 64], got 0", () -> base.outputBits(0).build());
        base.outputBits(4);
        assertMessage("activation must not be null", () -> base.activation(null).build());
        assertMessage("config must not be null", () -> new KanervaMemory(null));
    }

    @Test
    void should_reject_codes_of_another_size_or_empty() {
        assertMessage("address has 65 bits, the memory 64", () -> memory.write(Sdr.of(65, 1), code));
        assertMessage("data has 32 bits, the memory 64", () -> memory.write(code, Sdr.of(32, 1)));
        assertMessage("data has no active bit", () -> memory.write(code, Sdr.empty(64)));
        assertMessage("address has no active bit", () -> memory.read(Sdr.empty(64)));
        assertMessage("noisy must not be null", () -> memory.cleanUp(null, 3));
        assertMessage("cue must not be null", () -> memory.activate(null));
    }

    @Test
    void should_reject_bad_counts() {
        assertMessage("outputBits must lie in [1, 64], got 0", () -> memory.read(code, 0));
        assertMessage("outputBits must lie in [1, 64], got 65", () -> memory.read(code, 65));
        assertMessage("maxIterations must be at least 1, got 0", () -> memory.cleanUp(code, 0));
        assertMessage("length must be at least 1, got 0", () -> memory.recallSequence(code, 0));
        assertMessage("a sequence needs at least 2 elements, got 1", () -> memory.storeSequence(List.of(code)));
        assertMessage("location must lie in [0, 50), got 50", () -> memory.address(50));
        assertMessage("bit must lie in [0, 64), got -1", () -> memory.counter(0, -1));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
