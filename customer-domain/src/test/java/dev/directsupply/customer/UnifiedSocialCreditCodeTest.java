package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.UnifiedSocialCreditCode.Problem;
import dev.directsupply.kernel.InvalidValue;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"91350100M000100Y43", "91110108551385082Q", "914403001922038216", "91110000802100433B"})
    @DisplayName("published codes pass the GB 32100-2015 check")
    void givenPublishedCode_whenChecked_thenValid(String code) {
        assertThat(UnifiedSocialCreditCode.problemOf(code)).isEmpty();
        assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "91350100M000100Y4, LENGTH",
        "91350100M000100Y433, LENGTH",
        "91350100M000100I43, CHARACTER",
        "9135010OM000100Y43, CHARACTER",
        "9135A100M000100Y43, DIVISION_CODE",
        "91350100M000100Y44, CHECK_CHARACTER"})
    void givenBrokenCode_whenChecked_thenProblemNamed(String code, Problem problem) {
        assertThat(UnifiedSocialCreditCode.problemOf(code)).contains(problem);
    }

    @Test
    @DisplayName("lower case and surrounding spaces are normalised")
    void givenLowerCaseWithSpaces_whenMade_thenNormalised() {
        assertThat(UnifiedSocialCreditCode.of("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void givenWrongCheckCharacter_whenMade_thenInvalidValueInBothLanguages() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
            .isInstanceOfSatisfying(InvalidValue.class, e -> {
                assertThat(e.violation().code()).isEqualTo("customer.credit-code.check-character");
                assertThat(e.violation().rule()).isEqualTo("DS-7.1.2");
                assertThat(e.violation().english()).contains("check character");
                assertThat(e.violation().chinese()).contains("校验码");
            });
    }

    @Test
    @DisplayName("any code built from 17 random characters and its check character is valid, and any one-character "
        + "change to it is caught")
    void givenRandomCodes_whenOneCharacterChanged_thenAlwaysCaught() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = UnifiedSocialCreditCode.ALPHABET;
        for (int run = 0; run < 2_000; run++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                boolean division = i >= 2 && i < 8;
                first17.append(division ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(random.nextInt(31)));
            }
            String code = first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString());
            assertThat(UnifiedSocialCreditCode.problemOf(code)).as("seed %d: %s", seed, code).isEmpty();

            int position = random.nextInt(18);
            char original = code.charAt(position);
            char replacement;
            do {
                replacement = position >= 2 && position < 8 ? (char) ('0' + random.nextInt(10))
                    : alphabet.charAt(random.nextInt(31));
            } while (replacement == original);
            String changed = code.substring(0, position) + replacement + code.substring(position + 1);
            Optional<Problem> problem = UnifiedSocialCreditCode.problemOf(changed);
            assertThat(problem).as("seed %d: %s → %s", seed, code, changed).contains(Problem.CHECK_CHARACTER);
        }
    }
}
