package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One thing wrong with a command, a value or a parameter file, in both languages, with its policy rule. */
class ViolationTest {
    private final Violation withRule = Violation.constraint("industry", "NotBlank", "DS-2.2.2");
    private final Violation withoutRule = Violation.of("limit", "kernel.constraint.Positive", null, Map.of());

    @Test
    @DisplayName("a violation names its policy rule where it enforces one, and none otherwise")
    void givenRuleOrNone_whenAsked_thenPolicyRuleOrEmpty() {
        assertThat(withRule.policyRule()).contains("DS-2.2.2");
        assertThat(withoutRule.rule()).isEmpty();
        assertThat(withoutRule.policyRule()).isEmpty();
    }

    @Test
    @DisplayName("violations listed in English: '; field: message (rule)' each")
    void givenViolations_whenListedInEnglish_thenSeparatedWithRules() {
        assertThat(Violation.listed(List.of(withRule, withoutRule), Messages.ENGLISH))
            .isEqualTo("; industry: must not be blank (DS-2.2.2); limit: must be greater than zero");
    }

    @Test
    @DisplayName("violations listed in Chinese use Chinese punctuation and messages")
    void givenViolations_whenListedInChinese_thenChinesePunctuation() {
        assertThat(Violation.listed(List.of(withRule, withoutRule), Messages.CHINESE))
            .isEqualTo("；industry：" + withRule.chinese() + " (DS-2.2.2)；limit：" + withoutRule.chinese());
        assertThat(withRule.message(Messages.CHINESE)).isEqualTo(withRule.chinese()).isNotEqualTo(withRule.english());
    }

    @Test
    @DisplayName("a violation reads as 'field: message (rule)' in logs")
    void givenViolations_whenPrinted_thenFieldMessageAndRule() {
        assertThat(withRule).hasToString("industry: must not be blank (DS-2.2.2)");
        assertThat(withoutRule).hasToString("limit: must be greater than zero");
    }

    @Test
    @DisplayName("a violation has a field, a code and both messages")
    void givenMissingParts_whenMade_thenRefused() {
        assertThatThrownBy(() -> new Violation(null, "c", "", "e", "z")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", null, "", "e", "z")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", "c", "", null, "z")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Violation("f", "c", "", "e", null)).isInstanceOf(NullPointerException.class);
    }
}
