package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentifierTest {

    @Test
    @DisplayName("property: an id is accepted exactly when it has the documented SHAPE")
    void givenGeneratedValues_whenRequired_thenAcceptedExactlyWhenShapeMatches() {
        long seed = 20_261_127L;
        Random random = new Random(seed);
        String valid = "aZ09_.:-";
        String invalid = "/ é中\t";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(70);
            for (int i = 0; i < length; i++) {
                String from = random.nextInt(100) < 97 ? valid : invalid;
                value.append(from.charAt(random.nextInt(from.length())));
            }
            String candidate = value.toString();
            boolean shaped = Identifier.SHAPE.matcher(candidate).matches();

            if (shaped) {
                assertThat(Identifier.require("TestId", candidate)).as("seed %d: '%s'", seed, candidate)
                    .isEqualTo(candidate);
            } else {
                assertThatThrownBy(() -> Identifier.require("TestId", candidate)).as("seed %d: '%s'", seed, candidate)
                    .isInstanceOf(InvalidValue.class);
            }
        }
    }

    @Test
    @DisplayName("the longest id is 64 characters; null and empty are refused")
    void givenEdgeLengths_whenRequired_thenBoundsHold() {
        assertThat(Identifier.require("TestId", "a".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> Identifier.require("TestId", "a".repeat(65))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Identifier.require("TestId", "")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Identifier.require("TestId", null)).isInstanceOf(InvalidValue.class);
    }
}
