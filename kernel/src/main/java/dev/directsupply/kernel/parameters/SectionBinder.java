package dev.directsupply.kernel.parameters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.InvalidValue;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads one section's JSON into its record with Jackson, and turns everything Jackson cannot take
 * into violations naming the key path: unknown keys (listing the known ones), text where a number
 * belongs, an unknown code, a list where a section belongs, a decimal beyond the bounds a parameter
 * may have. Unknown keys and wrong values are all collected, so one read reports every problem of the
 * section; a value that cannot be read is given a neutral stand-in, and constraints are not judged on
 * a section that had any such problem.
 */
final class SectionBinder {
    /** Digits a decimal parameter may have at most, in all and after the point. */
    static final int MAX_PRECISION = 24;
    static final int MAX_SCALE = 12;

    private static final ObjectMapper MAPPER = Json.mapper()
        .registerModule(new SimpleModule("directsupply-bounded-decimals").addDeserializer(BigDecimal.class,
            new BoundedDecimals()))
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private SectionBinder() {
    }

    /**
     * What binding a section gave: its record (null when it could not be built at all) and the
     * problems met, the record then holding neutral stand-ins where the problems were.
     */
    record Bound<P>(P value, List<Violation> problems) {
        boolean clean() {
            return value != null && problems.isEmpty();
        }
    }

    /** The section as its record, with whatever could not be read. */
    static <P> Bound<P> bind(JsonNode node, Class<P> type, String path) {
        Problems found = new Problems(path);
        P value;
        try {
            value = MAPPER.readerFor(type).withHandler(found).readValue(MAPPER.treeAsTokens(node));
        } catch (IOException | RuntimeException failed) {
            if (found.violations.isEmpty()) {
                found.violations.add(describe(failed, path));
            }
            value = null;
        }
        return new Bound<>(value, List.copyOf(found.violations));
    }

    /** A failure Jackson could not hand to the problem handler, as a violation at its path. */
    private static Violation describe(Throwable failed, String path) {
        String at = failed instanceof JsonMappingException mapping ? join(path, mapping.getPath()) : path;
        Throwable cause = failed;
        while (cause.getCause() != null && !(cause instanceof DirectSupplyException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidPolicyParameters invalid && !invalid.violations().isEmpty()) {
            Violation first = invalid.violations().get(0);
            return new Violation(at, first.code(), first.rule(), first.english(), first.chinese());
        }
        if (cause instanceof InvalidValue || cause instanceof InvalidCommand) {
            DirectSupplyException known = (DirectSupplyException) cause;
            return new Violation(at, known.code(), known.rule().orElse(""), known.message(Messages.ENGLISH),
                known.message(Messages.CHINESE));
        }
        if (failed instanceof JsonMappingException mapping && mapping.getOriginalMessage() != null
            && (mapping.getOriginalMessage().startsWith("Missing required creator property")
                || mapping.getOriginalMessage().startsWith("Cannot map `null` into type"))) {
            return Violation.of(at, "kernel.parameter.missing", "", Map.of());
        }
        String detail = cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage()
            : String.valueOf(cause.getMessage());
        return Violation.of(at, "kernel.parameter.invalid", "", Map.of("detail", detail));
    }

    private static String join(String path, List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder(path);
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The key path of where the parser stands, below the section's own path. */
    static String pathOf(String section, JsonStreamContext context, String last) {
        List<String> parts = new ArrayList<>();
        if (last != null) {
            parts.add("." + last);
        }
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                // An array with no current index is the one the current token opens: the value itself, no element.
                if (at.hasCurrentIndex()) {
                    parts.add("[" + at.getCurrentIndex() + "]");
                }
            } else if (at.inObject() && at.getCurrentName() != null && !(last != null && at == context)) {
                parts.add("." + at.getCurrentName());
            }
        }
        StringBuilder out = new StringBuilder(section);
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out.toString();
    }

    /** Collects what cannot be read and gives Jackson a stand-in, so that one read finds every problem. */
    private static final class Problems extends DeserializationProblemHandler {
        final String section;
        final List<Violation> violations = new ArrayList<>();

        Problems(String section) {
            this.section = section;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String name)
            throws IOException {
            Collection<Object> known = deserializer.getKnownPropertyNames();
            violations.add(Violation.of(pathOf(section, parser.getParsingContext(), name),
                "kernel.parameter.unknown-key", "", Map.of("known", new TreeSet<>(known == null ? List.of()
                    : known.stream().map(String::valueOf).toList()))));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                                             String message) {
            String at = pathOf(section, context.getParser().getParsingContext(), null);
            if (target.isEnum()) {
                violations.add(Violation.of(at, "kernel.parameter.choice", "", Map.of("value", value,
                    "allowed", Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())));
            } else if (target == Currency.class) {
                violations.add(Violation.of(at, "kernel.parameter.currency", "", Map.of("value", value)));
            } else if (ValueKind.of(target) == ValueKind.NUMBER || ValueKind.of(target) == ValueKind.WHOLE_NUMBER) {
                violations.add(Violation.of(at, "kernel.parameter.not-a-number", "", Map.of("value", value)));
            } else {
                violations.add(Violation.of(at, "kernel.parameter.wrong-type", "",
                    Map.of("expected", ValueKind.of(target))));
            }
            return standIn(target);
        }

        @Override
        public Object handleWeirdKey(DeserializationContext context, Class<?> target, String key, String message) {
            String at = pathOf(section, context.getParser().getParsingContext(), null);
            if (target.isEnum()) {
                violations.add(Violation.of(at, "kernel.parameter.choice", "", Map.of("value", key,
                    "allowed", Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList())));
            } else {
                violations.add(Violation.of(at, "kernel.parameter.wrong-type", "",
                    Map.of("expected", ValueKind.of(target))));
            }
            return standIn(target);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                                             String message) {
            String at = pathOf(section, context.getParser().getParsingContext(), null);
            if (target == BigDecimal.class) {
                violations.add(Violation.of(at, "kernel.parameter.decimal-bounds", "", Map.of("value", value,
                    "precision", MAX_PRECISION, "scale", MAX_SCALE)));
            } else {
                violations.add(Violation.of(at, "kernel.parameter.wrong-type", "",
                    Map.of("expected", ValueKind.of(target))));
            }
            return standIn(target);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                                            JsonParser parser, String message) throws IOException {
            Object standIn = standIn(target.getRawClass());
            if (standIn == NOT_HANDLED) {
                return NOT_HANDLED;
            }
            violations.add(Violation.of(pathOf(section, parser.getParsingContext(), null),
                "kernel.parameter.wrong-type", "", Map.of("expected", ValueKind.of(target.getRawClass()))));
            parser.skipChildren();
            return standIn;
        }

        private static Object standIn(Class<?> type) {
            if (type == int.class || type == Integer.class) {
                return 0;
            }
            if (type == long.class || type == Long.class) {
                return 0L;
            }
            if (type == BigDecimal.class) {
                return BigDecimal.ZERO;
            }
            if (type == boolean.class || type == Boolean.class) {
                return Boolean.FALSE;
            }
            if (type == String.class) {
                return "";
            }
            if (type.isEnum()) {
                return type.getEnumConstants()[0];
            }
            if (type == Currency.class) {
                return Currency.getInstance("XXX");
            }
            return NOT_HANDLED;
        }
    }

    /**
     * Decimals with a bounded number of digits: a tolerance of {@code 1e-100000000} would make every
     * sum with it a number of a hundred million digits, and the first order review would never end.
     */
    private static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = parser.getDecimalValue();
            } else if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText().strip();
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException notANumber) {
                    return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a number");
                }
            } else {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            if (value.scale() > MAX_SCALE || value.scale() < -MAX_PRECISION
                || value.precision() - value.scale() > MAX_PRECISION) {
                return (BigDecimal) context.handleWeirdNumberValue(BigDecimal.class, value, "out of bounds");
            }
            return value;
        }
    }
}
