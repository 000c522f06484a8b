package dev.directsupply.kernel.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.InvalidValue;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How a section's JSON is read into its record: everything Jackson cannot take becomes a violation
 * naming its key path, a value that cannot be read gets a neutral stand-in so that the other keys of
 * the section are still judged, and a record that refuses its values is reported where it stands.
 */
class SectionBinderTest {
    enum Tier { CORE, GENERAL }

    public record Window(int from, int to) {
    }

    /** A section of every kind of value; its record refuses a missing currency or floor. */
    public record Terms(@NotNull Tier tier, @InRange(min = 0, max = 30) int graceDays, @Positive long maxInvoices,
                        boolean autoRelease, @NotBlank String label, LocalDate startsOn, Currency currency,
                        @Positive BigDecimal floor, Window window, List<Integer> steps) {
        public Terms {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(floor, "floor");
        }
    }

    /** An item that checks itself: days zero or more, a note not blank. */
    public record Grace(int days, String note) {
        public Grace {
            if (days < 0) {
                throw new IllegalArgumentException("grace days are zero or more, not " + days);
            }
            if (note != null && note.isBlank()) {
                throw InvalidValue.of("note", "kernel.value.identifier", "DS-1.2", Map.of("type", "Note", "value", note));
            }
        }
    }

    public record Graces(List<Grace> items) {
    }

    /** A section whose record refuses a value with the policy's own violation. */
    public record Strict(int level) {
        public Strict {
            if (level > 3) {
                throw new InvalidPolicyParameters("strict", List.of(Violation.of("level",
                    "kernel.parameter.integer-range", "DS-9.1", Map.of("min", 1, "max", 3, "value", level))));
            }
        }
    }

    public record Ratios(float share, byte digits) {
    }

    public record Partial(String name, int count) {
    }

    private static final String DEFAULTS = "/dev/directsupply/kernel/parameters/binder-defaults.json";
    private static final List<ParameterSection<?>> SECTIONS = List.of(ParameterSection.of("terms", Terms.class, DEFAULTS),
        ParameterSection.of("graces", Graces.class, DEFAULTS), ParameterSection.of("strict", Strict.class, DEFAULTS),
        ParameterSection.of("ratios", Ratios.class, DEFAULTS));

    private static List<Violation> refused(String json) {
        try {
            PolicyParameters.read(SECTIONS, PolicyFile.json(json, "policy.json"));
        } catch (InvalidPolicyParameters refused) {
            return refused.violations();
        }
        throw new AssertionError("the file was accepted: " + json);
    }

    private static Terms terms(String json) {
        return PolicyParameters.read(SECTIONS, PolicyFile.json(json, "policy.json")).section(Terms.class);
    }

    private static String line(Violation violation) {
        return violation.field() + ": " + violation.english();
    }

    @Test
    @DisplayName("an unknown choice names the choices there are")
    void givenUnknownEnumValue_whenRead_thenAllowedChoicesNamed() {
        assertThat(refused("{\"terms\": {\"tier\": \"PLATINUM\"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.tier: must be one of CORE, GENERAL, not \"PLATINUM\"");
    }

    @Test
    @DisplayName("text where a whole number belongs is named, and the section's other keys are still judged")
    void givenTextForWholeNumber_whenRead_thenNamedAndOtherKeysJudged() {
        assertThat(refused("{\"terms\": {\"graceDays\": \"many\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.graceDays: must be a number, not \"many\"", "terms.label: must not be blank");
        assertThat(refused("{\"terms\": {\"maxInvoices\": \"many\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.maxInvoices: must be a number, not \"many\"", "terms.label: must not be blank");
    }

    @Test
    @DisplayName("text where a float or a byte belongs is named as not a number either")
    void givenTextForFloatOrByte_whenRead_thenNotANumber() {
        assertThat(refused("{\"ratios\": {\"share\": \"half\"}}")).extracting(SectionBinderTest::line)
            .containsExactly("ratios.share: must be a number, not \"half\"");
        assertThat(refused("{\"ratios\": {\"digits\": \"two\"}}")).extracting(SectionBinderTest::line)
            .containsExactly("ratios.digits: must be a number, not \"two\"");
    }

    @Test
    @DisplayName("text where true or false belongs, and a section where a text belongs, name the kind expected")
    void givenWrongKinds_whenRead_thenKindExpectedNamedAndOtherKeysJudged() {
        assertThat(refused("{\"terms\": {\"autoRelease\": \"yes\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.autoRelease: must be true or false", "terms.label: must not be blank");
        assertThat(refused("{\"terms\": {\"label\": {\"text\": \"x\"}, \"graceDays\": 40}}"))
            .extracting(SectionBinderTest::line)
            .containsExactly("terms.label: must be a text", "terms.graceDays: must be from 0 to 30, not 40");
    }

    @Test
    @DisplayName("a list where one value belongs is named at the key, and the stand-in is not judged as if the file gave it")
    void givenListForSingleValue_whenRead_thenNamedAtTheKeyOnly() {
        assertThat(refused("{\"terms\": {\"floor\": [1], \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.floor: must be a number", "terms.label: must not be blank");
        assertThat(refused("{\"terms\": {\"label\": [\"x\"], \"graceDays\": 40}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.label: must be a text", "terms.graceDays: must be from 0 to 30, not 40");
        assertThat(refused("{\"terms\": {\"graceDays\": [1]}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.graceDays: must be a whole number");
    }

    @Test
    @DisplayName("a wrong element of a list is named by its index")
    void givenWrongListElement_whenRead_thenNamedByIndex() {
        assertThat(refused("{\"terms\": {\"steps\": [1, \"two\"]}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.steps[1]: must be a number, not \"two\"");
    }

    @Test
    @DisplayName("an unknown currency and text for a decimal get stand-ins, so a record that refuses null still reports the rest")
    void givenUnreadableCurrencyOrDecimal_whenRead_thenStandInsLetTheRestBeJudged() {
        assertThat(refused("{\"terms\": {\"currency\": \"XYZ\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.currency: must be an ISO 4217 currency code, not \"XYZ\"",
                "terms.label: must not be blank");
        assertThat(refused("{\"terms\": {\"floor\": \"lots\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.floor: must be a number, not \"lots\"", "terms.label: must not be blank");
        assertThat(refused("{\"terms\": {\"floor\": 1e-20, \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.floor: must be a number of at most 24 digits and 12 decimal places, "
                + "not 0.00000000000000000001", "terms.label: must not be blank");
    }

    @Test
    @DisplayName("a value with no stand-in (a date) is named, and the section is not judged further")
    void givenUnreadableDate_whenRead_thenNamedAlone() {
        assertThat(refused("{\"terms\": {\"startsOn\": \"soon\", \"label\": \" \"}}")).extracting(SectionBinderTest::line)
            .containsExactly("terms.startsOn: must be a date (2026-03-15)");
    }

    @Test
    @DisplayName("a list where a section belongs, or a section where a list belongs, is named at its key")
    void givenListForSectionOrSectionForList_whenRead_thenNamedAtTheKey() {
        assertThat(refused("{\"terms\": {\"window\": [1, 2]}}")).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("terms.window");
            assertThat(violation.code()).isEqualTo("kernel.parameter.invalid");
            assertThat(violation.english()).startsWith("is not valid: Cannot deserialize value of type");
        });
        assertThat(refused("{\"terms\": {\"steps\": {\"first\": 1}}}")).extracting(Violation::field)
            .containsExactly("terms.steps");
    }

    @Test
    @DisplayName("an unknown key and a broken constraint of the same section are both reported")
    void givenUnknownKeyAndBrokenConstraint_whenRead_thenBoth() {
        assertThat(refused("{\"terms\": {\"labl\": \"x\", \"label\": \" \"}}")).extracting(Violation::field, Violation::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("terms.labl", "kernel.parameter.unknown-key"),
                org.assertj.core.groups.Tuple.tuple("terms.label", "NotBlank"));
    }

    @Test
    @DisplayName("an item whose record refuses its values is named by its index, with the record's reason")
    void givenItemRefusedByItsRecord_whenRead_thenNamedByIndexWithTheReason() {
        assertThat(refused("{\"graces\": {\"items\": [{\"days\": 1}, {\"days\": -1}]}}")).singleElement()
            .satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("graces.items[1]");
                assertThat(violation.code()).isEqualTo("kernel.parameter.invalid");
                assertThat(violation.english()).isEqualTo("is not valid: grace days are zero or more, not -1");
            });
    }

    @Test
    @DisplayName("an item refused as an invalid value keeps that value's code, rule and message in both languages")
    void givenItemRefusedAsInvalidValue_whenRead_thenItsCodeRuleAndMessages() {
        assertThat(refused("{\"graces\": {\"items\": [{\"days\": 1, \"note\": \" \"}]}}")).singleElement()
            .satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("graces.items[0]");
                assertThat(violation.code()).isEqualTo("invalid-value");
                assertThat(violation.rule()).isEqualTo("DS-1.2");
                assertThat(violation.english()).isEqualTo(
                    "Invalid value for note: Note must be 1 to 64 letters, digits or \"- _ . :\" but was \" \"");
                assertThat(violation.chinese()).contains("Note").isNotEqualTo(violation.english());
            });
    }

    @Test
    @DisplayName("a record that refuses its section with the policy's own violation is reported with that violation")
    void givenSectionRefusedWithPolicyViolation_whenRead_thenThatViolationAtTheSection() {
        assertThat(refused("{\"strict\": {\"level\": 4}}")).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("strict");
            assertThat(violation.code()).isEqualTo("kernel.parameter.integer-range");
            assertThat(violation.rule()).isEqualTo("DS-9.1");
            assertThat(violation.english()).isEqualTo("must be a whole number from 1 to 3, not 4");
        });
    }

    @Test
    @DisplayName("a key neither the defaults nor the file give is named as missing")
    void givenKeyWithoutDefault_whenRead_thenMissing() {
        try {
            PolicyParameters.defaults(List.of(ParameterSection.of("partial", Partial.class, DEFAULTS)));
            throw new AssertionError("the defaults were accepted");
        } catch (InvalidPolicyParameters refused) {
            assertThat(refused.violations()).extracting(SectionBinderTest::line)
                .containsExactly("partial.count: is required but missing");
        }
    }

    @Test
    @DisplayName("a decimal has at most 24 digits and 12 decimal places")
    void givenDecimalsAtTheirBounds_whenRead_thenWithinAcceptedBeyondRefused() {
        assertThat(terms("{\"terms\": {\"floor\": 999999999999999999999999}}").floor())
            .isEqualByComparingTo("999999999999999999999999");
        assertThat(terms("{\"terms\": {\"floor\": 0.000000000001}}").floor()).isEqualByComparingTo("0.000000000001");
        assertThat(terms("{\"terms\": {\"floor\": 123456789012345678901.123}}").floor())
            .isEqualByComparingTo("123456789012345678901.123");
        assertThat(terms("{\"terms\": {\"floor\": 1e23}}").floor()).isEqualByComparingTo("1e23");
        for (String beyond : List.of("9999999999999999999999999", "0.0000000000001", "1e24", "1e30")) {
            assertThat(refused("{\"terms\": {\"floor\": " + beyond + "}}")).as(beyond)
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("terms.floor", "kernel.parameter.decimal-bounds"));
        }
    }

    @Test
    @DisplayName("a decimal may be written as text, spaces around it ignored")
    void givenDecimalAsText_whenRead_thenParsed() {
        assertThat(terms("{\"terms\": {\"floor\": \" 12.5 \"}}").floor()).isEqualByComparingTo("12.5");
    }
}
