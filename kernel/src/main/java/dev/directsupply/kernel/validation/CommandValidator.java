package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates commands once, at the application-service boundary, and raises one
 * {@link InvalidCommand} listing every violation, sorted by field.
 *
 * <p>Messages come from the SDK's catalogue, not from the validator's interpolation: a constraint
 * whose message template is <code>{key}</code> of a catalogue key uses that key; a standard Jakarta
 * constraint uses {@code kernel.constraint.<Name>}; anything else keeps the validator's own text.
 * Annotation attributes ({@code min}, {@code max}, …) fill the placeholders, and a constraint's
 * {@code rule} attribute, where it has one, names the policy requirement.
 *
 * <p>Before the annotations, every command gets the {@link InputHygiene}: no hidden characters in any of
 * its texts and no date outside the {@link BusinessDates}, found by walking its components, so a module's
 * commands are covered without an annotation per field. When the hygiene finds something, checks
 * beyond the annotations that fail on such input (arithmetic on {@code LocalDate.MAX}) are not
 * reported: the hygiene's violations say what is wrong.
 */
public final class CommandValidator {
    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.?<[a-z ]+>");
    private static final String STANDARD = "kernel.constraint.";
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload", "rule");

    private final Validator validator;
    private final InputHygiene hygiene;

    /** A validator allowing the {@linkplain BusinessDates#DEFAULT default business dates}, 1900–2200. */
    public CommandValidator(Validator validator) {
        this(validator, BusinessDates.DEFAULT);
    }

    /**
     * A validator allowing dates in the given range only.
     *
     * @param dates the business dates commands may carry; the SDK passes its policy parameter
     */
    public CommandValidator(Validator validator, BusinessDates dates) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.hygiene = new InputHygiene(Objects.requireNonNull(dates, "dates"));
    }

    /** The dates commands may carry. */
    public BusinessDates dates() {
        return hygiene.dates();
    }

    /** Returns the command when it is valid; otherwise throws {@link InvalidCommand}. */
    public <T> T validate(T command) {
        return validate(command, c -> List.of());
    }

    /**
     * Like {@link #validate(Object)}, adding the violations of checks that need more than the
     * annotations can say (the policy's currency, say). {@code more} runs even when annotations
     * failed, so it must tolerate missing fields; all violations come in one {@link InvalidCommand}.
     */
    public <T> T validate(T command, Function<? super T, List<Violation>> more) {
        if (command == null) {
            throw new InvalidCommand("command",
                List.of(Violation.constraint("command", "NotNull", "")));
        }
        List<Violation> unclean = hygiene.violations(command);
        Set<ConstraintViolation<T>> found = validator.validate(command);
        List<Violation> extra;
        if (unclean.isEmpty()) {
            extra = more.apply(command);
        } else {
            try {
                extra = more.apply(command);
            } catch (RuntimeException failedOnTheBadInput) {
                extra = List.of();
            }
        }
        if (unclean.isEmpty() && found.isEmpty() && extra.isEmpty()) {
            return command;
        }
        // Record components can carry one constraint twice (field and type use): report it once.
        Set<Violation> unique = new LinkedHashSet<>();
        for (ConstraintViolation<T> violation : found) {
            unique.add(toViolation(violation));
        }
        unique.addAll(unclean);
        unique.addAll(extra);
        List<Violation> violations = new ArrayList<>(unique);
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::code));
        throw new InvalidCommand(command.getClass().getSimpleName(), violations);
    }

    /** One Jakarta violation as the SDK's {@link Violation}. */
    public static Violation toViolation(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        String rule = attributes.get("rule") instanceof String text ? text : "";
        Map<String, Object> arguments = new HashMap<>();
        attributes.forEach((name, value) -> {
            if (!NOT_ARGUMENTS.contains(name)) {
                arguments.put(name, argument(value));
            }
        });
        Object invalid = violation.getInvalidValue();
        if (invalid == null || invalid instanceof CharSequence || invalid instanceof Number) {
            arguments.put("invalidValue", String.valueOf(invalid));
        }
        // A constraint on a container's element (List<@NotNull X>) names it "lines[0].<list element>":
        // the element's own path, "lines[0]", is the field.
        String field = CONTAINER_ELEMENT.matcher(violation.getPropertyPath().toString()).replaceAll("");
        if (field.isEmpty()) {
            field = "command";
        }

        String template = violation.getMessageTemplate();
        String key = null;
        if (template.length() > 2 && template.startsWith("{") && template.endsWith("}")) {
            String candidate = template.substring(1, template.length() - 1);
            if (!candidate.startsWith("jakarta.") && Messages.has(candidate)) {
                key = candidate;
            }
        }
        if (key == null && Messages.has("kernel.constraint." + constraint)) {
            key = "kernel.constraint." + constraint;
        }
        if (key == null) {
            return new Violation(field, constraint, rule, violation.getMessage(), violation.getMessage());
        }
        // A standard constraint's code is its name (NotBlank); the SDK's own keep their key.
        String code = key.startsWith(STANDARD) ? key.substring(STANDARD.length()) : key;
        return new Violation(field, code, rule, Messages.text(key, Messages.ENGLISH, arguments),
            Messages.text(key, Messages.CHINESE, arguments));
    }

    private static Object argument(Object value) {
        if (value instanceof Class<?> type && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return value;
    }
}
