package dev.directsupply.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules across fields of records nested in a value are asked too, each named by its path. */
class NestedCrossFieldRulesTest {

    record Range(int from, int to) implements CrossFieldRules {
        @Override
        public List<Violation> crossFieldViolations() {
            return to < from ? List.of(Violation.of("to", "kernel.parameter.missing", "", Map.of()))
                : List.of();
        }
    }

    record Plain(String name, Range range) {
    }

    record Form(Plain plain, List<Range> ranges, Range single) implements CrossFieldRules {
        @Override
        public List<Violation> crossFieldViolations() {
            return ranges != null && ranges.isEmpty()
                ? List.of(Violation.of("ranges", "kernel.parameter.missing", "", Map.of())) : List.of();
        }
    }

    @Test
    @DisplayName("a value's own rules come first, then each nested record's by its path: through records "
        + "without rules of their own, and in collections by index")
    void givenNestedRecords_whenAsked_thenEveryRuleByPath() {
        Form form = new Form(new Plain("x", new Range(5, 1)), List.of(new Range(1, 2), new Range(9, 3)),
            new Range(2, 1));

        assertThat(CrossFieldRules.of(form)).extracting(Violation::field)
            .containsExactly("plain.range.to", "ranges[1].to", "single.to");
        assertThat(CrossFieldRules.of(new Form(null, List.of(), null))).extracting(Violation::field)
            .containsExactly("ranges");
    }

    @Test
    @DisplayName("a value with no nested records and no rules has nothing to say; null parts are skipped")
    void givenNothingToCheck_whenAsked_thenEmpty() {
        assertThat(CrossFieldRules.of(new Plain("x", null))).isEmpty();
        assertThat(CrossFieldRules.of("text")).isEmpty();
    }
}
