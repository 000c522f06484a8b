package dev.directsupply.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

    enum Colour { RED, GREEN }

    record Paint(@NotBlank String name, @Size(min = 2, max = 4) String code, @Positive BigDecimal litres,
                 @OneOf(value = Colour.class, rule = "DS-2.2.2") String colour) {
    }

    private final CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    @Test
    void givenValidCommand_whenValidated_thenReturnedAsIs() {
        Paint paint = new Paint("wall", "W1", BigDecimal.ONE, "RED");

        assertThat(validator.validate(paint)).isSameAs(paint);
    }

    @Test
    @DisplayName("every violated field is listed once, sorted by field, with a code and both languages")
    void givenSeveralViolations_whenValidated_thenOneInvalidCommandListingAll() {
        Paint paint = new Paint(" ", "W", new BigDecimal("-1"), "BLUE");

        assertThatThrownBy(() -> validator.validate(paint))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.command()).isEqualTo("Paint");
                assertThat(e.fields()).containsExactly("code", "colour", "litres", "name");
                assertThat(e.violations()).extracting(Violation::code)
                    .containsExactly("Size", "OneOf", "Positive", "NotBlank");
                Violation size = e.violations().get(0);
                assertThat(size.english()).isEqualTo("must have from 2 to 4 characters or items");
                assertThat(size.chinese()).isEqualTo("长度或个数须在 2 至 4 之间");
                Violation colour = e.violations().get(1);
                assertThat(colour.rule()).isEqualTo("DS-2.2.2");
                assertThat(colour.english()).isEqualTo("\"BLUE\" is not a known code; allowed: RED, GREEN");
                assertThat(colour.chinese()).isEqualTo("“BLUE”不是有效代码；可选：RED、GREEN");
                assertThat(e.getMessage()).contains("Paint was rejected with 4 violation(s)").contains("name: must not be blank");
                assertThat(e.chineseMessage()).contains("Paint 被拒绝，共 4 处不符合要求").contains("name：不能为空白");
            });
    }

    @Test
    @DisplayName("checks beyond the annotations join the same error")
    void givenExtraCheck_whenValidated_thenItsViolationsJoin() {
        Paint paint = new Paint("", "W1", BigDecimal.ONE, "RED");

        assertThatThrownBy(() -> validator.validate(paint, p -> List.of(
            Violation.of("litres", "kernel.constraint.Max", "", Map.of("value", 0)))))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("litres", "name"));
    }

    @Test
    void givenNoCommand_whenValidated_thenInvalidCommand() {
        assertThatThrownBy(() -> validator.validate(null))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("command"));
    }

    record Delivery(@IdentifierShape(rule = "DS-5.1") String carrier, @InRange(min = 1, max = 30) Integer days,
                    @NotNull(message = "{kernel.parameter.missing}") String address,
                    @NotNull(message = "{custom.not-a-key}") String contact,
                    @Length(max = 3) String code) {
    }

    private List<Violation> refused(Delivery delivery) {
        try {
            validator.validate(delivery);
        } catch (InvalidCommand refused) {
            return refused.violations();
        }
        throw new AssertionError("the command was accepted");
    }

    private static Delivery delivery() {
        return new Delivery("sf-express", 3, "Shanghai", "li.na", "SF");
    }

    @Test
    @DisplayName("text that could be an id passes IdentifierShape; anything else is named with its value and rule")
    void givenCarrierCodes_whenValidated_thenShapeJudged() {
        assertThat(validator.validate(delivery())).isEqualTo(delivery());
        assertThat(validator.validate(new Delivery(null, 3, "Shanghai", "li.na", "SF")).carrier()).isNull();

        assertThat(refused(new Delivery("sf express", 3, "Shanghai", "li.na", "SF"))).singleElement()
            .satisfies(violation -> {
                assertThat(violation.field()).isEqualTo("carrier");
                assertThat(violation.code()).isEqualTo("IdentifierShape");
                assertThat(violation.rule()).isEqualTo("DS-5.1");
                assertThat(violation.english()).isEqualTo("must be 1 to 64 letters, digits and - _ . : starting with a "
                    + "letter or digit, not \"sf express\"");
            });
    }

    @Test
    @DisplayName("InRange includes both its ends and refuses one beyond either")
    void givenDaysAtAndBeyondTheEnds_whenValidated_thenEndsIncluded() {
        assertThat(validator.validate(new Delivery("sf", 1, "Shanghai", "li.na", "SF")).days()).isEqualTo(1);
        assertThat(validator.validate(new Delivery("sf", 30, "Shanghai", "li.na", "SF")).days()).isEqualTo(30);
        assertThat(validator.validate(new Delivery("sf", null, "Shanghai", "li.na", "SF")).days()).isNull();
        assertThat(refused(new Delivery("sf", 0, "Shanghai", "li.na", "SF"))).extracting(Violation::english)
            .containsExactly("must be from 1 to 30, not 0");
        assertThat(refused(new Delivery("sf", 31, "Shanghai", "li.na", "SF"))).extracting(Violation::english)
            .containsExactly("must be from 1 to 30, not 31");
    }

    @Test
    @DisplayName("a message template naming a catalogue key uses that key as the code; one naming no key falls back to the constraint's")
    void givenMessageTemplates_whenViolated_thenCatalogueKeyOrConstraintCode() {
        assertThat(refused(new Delivery("sf", 3, null, null, "SF")))
            .extracting(Violation::field, Violation::code, Violation::english)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("address", "kernel.parameter.missing", "is required but missing"),
                org.assertj.core.groups.Tuple.tuple("contact", "NotNull", "must be given"));
    }

    @Test
    @DisplayName("a constraint the catalogue does not know keeps its own message, in both languages")
    void givenConstraintOutsideTheCatalogue_whenViolated_thenItsOwnMessage() {
        assertThat(refused(new Delivery("sf", 3, "Shanghai", "li.na", "SFEX"))).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEqualTo("code");
            assertThat(violation.code()).isEqualTo("Length");
            assertThat(violation.english()).isEqualTo("length must be between 0 and 3");
            assertThat(violation.chinese()).isEqualTo(violation.english());
        });
    }
}
