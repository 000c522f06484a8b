package dev.directsupply.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputHygieneTest {

    record Product(String value) {
    }

    record Line(Product product, String note) {
    }

    record Order(@NotBlank String customerName, List<Line> lines, @MultiLine String remarks, LocalDate due,
                 Map<String, String> inputs, Optional<String> reference, Set<String> tags) {
    }

    record Dated(Instant at, LocalDateTime local, OffsetDateTime offset, ZonedDateTime zoned, YearMonth month,
                 Year year) {
    }

    private final CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    private static Order order(String name, String product, String remarks, LocalDate due) {
        return new Order(name, List.of(new Line(new Product("P-1"), "ok"), new Line(new Product(product), "ok")),
            remarks, due, Map.of("industry", "OTHER"), Optional.of("REF-1"), Set.of("tag"));
    }

    private static InvalidCommand refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidCommand refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "001B", "007F", "0080", "0085", "009F", "200B", "200C", "200D", "2060",
        "FEFF", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F", "00AD", "2028",
        "2029", "D800", "DC00"})
    @DisplayName("DS-7.2.1 a control, format or invisible character in a name is refused, naming the field, "
        + "its code point and position, in both languages")
    void givenHiddenCharacterInAName_whenValidated_thenRefusedNamingTheField(String hex) {
        String name = "Wu" + (char) Integer.parseInt(hex, 16) + "xi";

        InvalidCommand refused = refusal(() -> validator.validate(order(name, "P-2", "", LocalDate.of(2026, 3, 1))));

        assertThat(refused.fields()).containsExactly("customerName");
        Violation violation = refused.violations().get(0);
        assertThat(violation.code()).isEqualTo("kernel.input.hidden-character");
        assertThat(violation.rule()).isEqualTo("DS-7.2.1");
        assertThat(violation.english()).isEqualTo("must not contain control, format or invisible characters; found U+"
            + hex + " at position 3");
        assertThat(violation.chinese()).isEqualTo("不得包含控制字符、格式字符或不可见字符；第 3 个字符为 U+" + hex);
    }

    @Test
    @DisplayName("DS-7.2.1 a nested text is named by its path: lines[1].product, a map value by its key")
    void givenHiddenCharactersDeepInside_whenValidated_thenEachNamedByPath() {
        Order order = new Order("Wuxi", List.of(new Line(new Product("P-1"), "ok"),
            new Line(new Product("P\u0000"), "o\u202Ek")), "", LocalDate.of(2026, 3, 1),
            Map.of("industry", "OTHER\u200B", "bad\u0000key", "x"), Optional.of("\u001B[2J"), Set.of("\uFEFFtag"));

        InvalidCommand refused = refusal(() -> validator.validate(order));

        assertThat(refused.fields()).containsExactlyInAnyOrder("lines[1].product", "lines[1].note",
            "inputs[industry]", "inputs[badU+0000key]", "reference", "tags[0]");
        assertThat(refused.getMessage()).doesNotContain("\u0000").doesNotContain("\u001B");
    }

    @Test
    @DisplayName("DS-7.2.1 line breaks and tabs are allowed in free multi-line text only")
    void givenLineBreaks_whenValidated_thenOnlyMultiLineTextTakesThem() {
        assertThatNoException().isThrownBy(() -> validator.validate(order("Wuxi", "P-2", "first line\r\n\tsecond",
            LocalDate.of(2026, 3, 1))));

        InvalidCommand refused = refusal(() -> validator.validate(order("Wu\nxi", "P-2", "", LocalDate.of(2026, 3, 1))));

        assertThat(refused.fields()).containsExactly("customerName");
        assertThat(refused.violations().get(0).code()).isEqualTo("kernel.input.one-line");
        assertThat(refused.violations().get(0).english())
            .isEqualTo("must be one line without line breaks or tabs; found U+000A at position 3");
        assertThat(refused.violations().get(0).chinese()).isEqualTo("须为单行，不得包含换行或制表符；第 3 个字符为 U+000A");
        assertThat(refusal(() -> validator.validate(order("Wuxi", "P\t2", "", LocalDate.of(2026, 3, 1)))).fields())
            .containsExactly("lines[1].product");
        assertThat(refusal(() -> validator.validate(order("Wuxi", "P-2", "ok\u0000", LocalDate.of(2026, 3, 1))))
            .fields()).as("multi-line text still refuses other controls").containsExactly("remarks");
    }

    @Test
    @DisplayName("text outside the BMP, Chinese and accents are text")
    void givenOrdinaryUnicode_whenValidated_thenAccepted() {
        assertThatNoException().isThrownBy(() -> validator.validate(order("无锡食品有限公司 Café 😀", "P-2", "备注",
            LocalDate.of(2026, 3, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01"})
    @DisplayName("DS-7.1.2 a date outside 1900-01-01 … 2200-12-31 is refused naming the field, in both languages")
    void givenDateOutsideTheBusinessRange_whenValidated_thenRefused(String day) {
        InvalidCommand refused = refusal(() -> validator.validate(order("Wuxi", "P-2", "", LocalDate.parse(day))));

        assertThat(refused.fields()).containsExactly("due");
        Violation violation = refused.violations().get(0);
        assertThat(violation.code()).isEqualTo("kernel.input.date-range");
        assertThat(violation.rule()).isEqualTo("DS-7.1.2");
        assertThat(violation.english()).isEqualTo("must be a date from 1900-01-01 to 2200-12-31, not " + day);
        assertThat(violation.chinese()).isEqualTo("须为 1900-01-01 至 2200-12-31 之间的日期，不能是 " + day);
    }

    @Test
    @DisplayName("DS-7.1.2 the first and last day of the range are inside it")
    void givenTheEndsOfTheRange_whenValidated_thenAccepted() {
        assertThatNoException().isThrownBy(() -> validator.validate(order("Wuxi", "P-2", "", LocalDate.of(1900, 1, 1))));
        assertThatNoException().isThrownBy(() -> validator.validate(order("Wuxi", "P-2", "", LocalDate.of(2200, 12, 31))));
    }

    @Test
    @DisplayName("DS-7.1.2 instants and the other date types are judged too; their ends are inside")
    void givenOtherDateTypes_whenValidated_thenEachJudged() {
        Instant first = Instant.parse("1900-01-01T00:00:00Z");
        Instant last = Instant.parse("2200-12-31T23:59:59.999999999Z");
        Dated inside = new Dated(first, LocalDateTime.of(2200, 12, 31, 23, 59),
            OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0,
            ZoneOffset.UTC), YearMonth.of(1900, 1), Year.of(2200));
        assertThatNoException().isThrownBy(() -> validator.validate(inside));
        assertThatNoException().isThrownBy(() -> validator.validate(new Dated(last, null, null, null, null, null)));

        Dated outside = new Dated(Instant.MAX, LocalDateTime.MIN, OffsetDateTime.MAX, ZonedDateTime.of(1899, 12, 31,
            23, 0, 0, 0, ZoneOffset.UTC), YearMonth.of(1899, 12), Year.of(2201));

        assertThat(refusal(() -> validator.validate(outside)).fields())
            .containsExactly("at", "local", "month", "offset", "year", "zoned");
        assertThat(refusal(() -> validator.validate(new Dated(last.plusNanos(1), null, null, null, null, null)))
            .fields()).containsExactly("at");
        assertThat(refusal(() -> validator.validate(new Dated(first.minusNanos(1), null, null, null, null, null)))
            .fields()).containsExactly("at");
    }

    @Test
    @DisplayName("DS-7.1.2 the range is the validator's parameter")
    void givenNarrowerRange_whenValidated_thenItsEndsJudge() {
        CommandValidator narrow = new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator(),
            new BusinessDates(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)));

        assertThat(narrow.dates().latest()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(validator.dates()).isEqualTo(BusinessDates.DEFAULT);
        assertThat(refusal(() -> narrow.validate(order("Wuxi", "P-2", "", LocalDate.of(2100, 1, 1))))
            .violations().get(0).english()).isEqualTo("must be a date from 2000-01-01 to 2099-12-31, not 2100-01-01");
        assertThatNoException().isThrownBy(() -> narrow.validate(order("Wuxi", "P-2", "", LocalDate.of(2000, 1, 1))));
        assertThatThrownBy(() -> new BusinessDates(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BusinessDates(LocalDate.MIN, LocalDate.MAX).contain(Instant.MAX)).isTrue();
    }

    @Test
    @DisplayName("a check beyond the annotations that fails on the bad input is not what is reported")
    void givenMoreChecksFailingOnTheBadDate_whenValidated_thenTheHygieneViolationIsReported() {
        Order order = order("Wuxi", "P-2", "", LocalDate.MAX);

        InvalidCommand refused = refusal(() -> validator.validate(order, o -> List.of(Violation.of("due",
            "kernel.constraint.Max", "", Map.of("value", o.due().plusDays(1))))));

        assertThat(refused.fields()).containsExactly("due");
        assertThat(refused.violations().get(0).code()).isEqualTo("kernel.input.date-range");
    }

    @Test
    @DisplayName("the hygiene and the annotations report together, sorted by field")
    void givenHygieneAndAnnotationViolations_whenValidated_thenAllInOne() {
        InvalidCommand refused = refusal(() -> validator.validate(order(" ", "P\u0000", "", LocalDate.MIN)));

        assertThat(refused.fields()).containsExactly("customerName", "due", "lines[1].product");
    }

    @Test
    @DisplayName("DS-7.2.1 a look-up key that is missing, blank, too long or hidden is refused naming the argument")
    void givenBadLookupKeys_whenRequired_thenInvalidCommand() {
        assertThat(LookupKeys.require("findByCode", "code", "ABC", 3)).isEqualTo("ABC");
        for (String bad : new String[] {null, " ", "ABCD", "A\u0000", "A\n"}) {
            InvalidCommand refused = refusal(() -> LookupKeys.require("findByCode", "code", bad, 3));
            assertThat(refused.command()).isEqualTo("findByCode");
            assertThat(refused.fields()).containsExactly("code");
        }
        Violation tooLong = refusal(() -> LookupKeys.require("findByCode", "code", "x".repeat(300), 18)).violations()
            .get(0);
        assertThat(tooLong.english()).isEqualTo("must have at most 18 characters, not 300");
        assertThat(tooLong.chinese()).isEqualTo("最多 18 个字符，实际为 300 个");
    }
}
