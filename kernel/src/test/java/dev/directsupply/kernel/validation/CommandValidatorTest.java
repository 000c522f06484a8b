package dev.directsupply.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
}
