package dev.directsupply.kernel.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.directsupply.kernel.Identifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SDK's JSON conventions, shared by every module's codecs: ISO-8601 dates and times, decimals
 * written as plain numbers with their scale, unknown properties rejected, records written as their
 * components only (so every value reads back as it was written), and typed ids ({@link Identifier}
 * records) written as their text. The SDK's own mapper is private to this class.
 */
public final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(instants())
        .addModule(identifiers())
        // Accessors by generated lambdas instead of reflection: records are read and written a lot.
        .addModule(new BlackbirdModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        // A record is its components: isZero() on Money is a question, not a property to store.
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .build();

    /**
     * The mapper stored documents are written with: as {@link #MAPPER}, leaving out what is null (a
     * record reads it back as null) and writing every character beyond ASCII as its escape, so that a
     * document's text is one byte per character from the encoder to the store.
     */
    static final ObjectMapper STORED = ((JsonMapper) MAPPER).rebuild()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();

    private Json() {
    }

    /** A mapper configured with the SDK's conventions: a copy, so no caller can change the SDK's own. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The value as JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The JSON text as a value of the type. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
    }

    /**
     * The JSON text in one canonical form, the same for every text that means the same JSON: object
     * members in {@link String#compareTo} order of their names, no blanks, strings with the minimal
     * escapes, numbers as plain decimals without trailing zeros ({@code 1.00}, {@code 1.0E0} and
     * {@code 1} all read {@code 1}). A store may hand JSON back reformatted (PostgreSQL's JSONB orders
     * members and drops blanks); what a seal covers is this form, so a reformatted text still matches
     * and an edited one does not (DS-7.2.1).
     *
     * @throws UncheckedIOException when the text is not JSON
     */
    public static String canonical(String json) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            StringBuilder out = new StringBuilder(json.length());
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            canonical(parser, out);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value");
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text as JSON", e);
        }
    }

    /**
     * The canonical form of the value the parser stands on, read token by token without building a
     * tree: an object's member values are written as they come, then put in order of their names (a
     * name given twice keeps its last value, as a tree and PostgreSQL's JSONB keep it); a number is
     * read from its literal text.
     */
    private static void canonical(JsonParser parser, StringBuilder out) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                int start = out.length();
                List<Member> members = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    int from = out.length() - start;
                    canonical(parser, out);
                    members.add(new Member(name, from, out.length() - start));
                }
                inOrder(members, out, start);
            }
            case START_ARRAY -> {
                out.append('[');
                boolean first = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        out.append(',');
                    }
                    canonical(parser, out);
                    first = false;
                }
                out.append(']');
            }
            case VALUE_STRING -> quoted(parser.getText(), out);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText(), out);
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> throw new JsonParseException(parser, "not a JSON value: " + parser.currentToken());
        }
    }

    /**
     * Writes an object whose members' canonical values were written from {@code start} as they came:
     * its members in order of their names, a name given twice keeping its last value.
     */
    private static void inOrder(List<Member> members, StringBuilder out, int start) {
        String values = out.substring(start);
        out.setLength(start);
        members.sort(Comparator.comparing(Member::name));
        out.append('{');
        boolean first = true;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (i + 1 < members.size() && members.get(i + 1).name().equals(member.name())) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            quoted(member.name(), out);
            out.append(':').append(values, member.from(), member.to());
            first = false;
        }
        out.append('}');
    }

    /** An object's member as read: its name and where its canonical value was written. */
    private record Member(String name, int from, int to) {
    }

    /**
     * A JSON number literal in canonical form, as {@link BigDecimal#stripTrailingZeros()} and
     * {@link BigDecimal#toPlainString()} write its value (zero as {@code 0}). A literal without an
     * exponent (every number the SDK writes) is done on its digits: JSON allows no leading zeros, so
     * dropping the trailing zeros of its fraction is all it takes.
     */
    private static void number(String literal, StringBuilder out) {
        if (literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0) {
            BigDecimal value = new BigDecimal(literal);
            out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
            return;
        }
        int end = literal.length();
        if (literal.indexOf('.') >= 0) {
            while (literal.charAt(end - 1) == '0') {
                end--;
            }
            if (literal.charAt(end - 1) == '.') {
                end--;
            }
        }
        boolean zero = true;
        for (int i = 0; i < end && zero; i++) {
            char c = literal.charAt(i);
            zero = c == '0' || c == '-' || c == '.';
        }
        if (zero) {
            out.append('0');
        } else {
            out.append(literal, 0, end);
        }
    }

    private static void quoted(String text, StringBuilder out) {
        out.append('"');
        com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }

    /**
     * Instants as ISO-8601 in UTC ({@code 2026-03-15T01:00:00.123456Z}), written without going through
     * a {@code DateTimeFormatter}: every stored aggregate, event and audit entry carries several.
     */
    private static SimpleModule instants() {
        SimpleModule module = new SimpleModule("directsupply-instants");
        module.addSerializer(Instant.class, InstantWriter.INSTANCE);
        module.addSerializer(BigDecimal.class, PlainDecimals.INSTANCE);
        module.addSerializer(LocalDate.class, DateWriter.INSTANCE);
        return module;
    }

    private static final class InstantWriter extends JsonSerializer<Instant> {
        static final InstantWriter INSTANCE = new InstantWriter();
        private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(() -> new StringBuilder(32));
        private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[40]);

        @Override
        public void serialize(Instant instant, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
            StringBuilder text = TEXT.get();
            text.setLength(0);
            if (!iso(instant, text)) {
                generator.writeString(instant.toString());
                return;
            }
            char[] chars = CHARS.get();
            text.getChars(0, text.length(), chars, 0);
            generator.writeString(chars, 0, text.length());
        }
    }

    /**
     * Decimals in plain notation, as {@link BigDecimal#toPlainString()} writes them: those of up to 18
     * digits (every amount of money) written from their digits without building a string.
     */
    private static final class PlainDecimals extends JsonSerializer<BigDecimal> {
        static final PlainDecimals INSTANCE = new PlainDecimals();
        private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[40]);

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
            int scale = value.scale();
            if (value.precision() > 18 || scale < 0 || scale > 18) {
                generator.writeNumber(value.toPlainString());
                return;
            }
            long unscaled = value.scaleByPowerOfTen(scale).longValueExact();
            char[] out = DIGITS.get();
            int end = out.length;
            int at = end;
            long rest = Math.abs(unscaled);
            for (int i = 0; i < scale; i++) {
                out[--at] = (char) ('0' + rest % 10);
                rest /= 10;
            }
            if (scale > 0) {
                out[--at] = '.';
            }
            do {
                out[--at] = (char) ('0' + rest % 10);
                rest /= 10;
            } while (rest > 0);
            if (unscaled < 0) {
                out[--at] = '-';
            }
            generator.writeNumber(out, at, end - at);
        }
    }

    /** Dates as {@link LocalDate#toString()} writes them ({@code 2026-03-15}), without building a string. */
    private static final class DateWriter extends JsonSerializer<LocalDate> {
        static final DateWriter INSTANCE = new DateWriter();
        private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[10]);

        @Override
        public void serialize(LocalDate date, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                generator.writeString(date.toString());
                return;
            }
            char[] out = CHARS.get();
            digits(out, 0, year, 4);
            out[4] = '-';
            digits(out, 5, date.getMonthValue(), 2);
            out[7] = '-';
            digits(out, 8, date.getDayOfMonth(), 2);
            generator.writeString(out, 0, 10);
        }

        private static void digits(char[] out, int at, int value, int width) {
            for (int i = at + width - 1; i >= at; i--) {
                out[i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }
    }

    /** The instant as {@link Instant#toString()} writes it, only faster. */
    static String iso(Instant instant) {
        StringBuilder out = new StringBuilder(30);
        return iso(instant, out) ? out.toString() : instant.toString();
    }

    /** Appends the instant as {@link Instant#toString()} writes it; false, appending nothing, for years beyond 4 digits. */
    private static boolean iso(Instant instant, StringBuilder out) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 1000 || year > 9999) {
            return false;
        }
        out.append(year);
        two(out.append('-'), time.getMonthValue());
        two(out.append('-'), time.getDayOfMonth());
        two(out.append('T'), time.getHour());
        two(out.append(':'), time.getMinute());
        two(out.append(':'), time.getSecond());
        int nano = time.getNano();
        if (nano > 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(out, nano / 1_000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        out.append('Z');
        return true;
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void digits(StringBuilder out, int value, int width) {
        for (int power = (int) Math.pow(10, width - 1); power > 0; power /= 10) {
            out.append((char) ('0' + value / power % 10));
        }
    }

    private static SimpleModule identifiers() {
        SimpleModule module = new SimpleModule("directsupply-identifiers") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addSerializers(new Serializers.Base() {
                    @Override
                    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                            BeanDescription description) {
                        return Identifier.class.isAssignableFrom(type.getRawClass()) ? IdentifierSerializer.INSTANCE
                            : null;
                    }
                });
                context.addDeserializers(new Deserializers.Base() {
                    @Override
                    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                                    BeanDescription description) {
                        Class<?> raw = type.getRawClass();
                        return Identifier.class.isAssignableFrom(raw) && raw.isRecord()
                            ? new IdentifierDeserializer(raw) : null;
                    }
                });
            }
        };
        return module;
    }

    private static final class IdentifierSerializer extends JsonSerializer<Identifier> {
        static final IdentifierSerializer INSTANCE = new IdentifierSerializer();

        @Override
        public void serialize(Identifier id, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(id.value());
        }
    }

    private static final class IdentifierDeserializer extends JsonDeserializer<Object> {
        private final Constructor<?> constructor;

        IdentifierDeserializer(Class<?> type) {
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
                constructor.trySetAccessible();
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " is an Identifier record without a (String) constructor", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return constructor.newInstance(parser.getValueAsString());
            } catch (InvocationTargetException e) {
                throw new IOException("invalid " + constructor.getDeclaringClass().getSimpleName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IOException(e);
            }
        }
    }
}
