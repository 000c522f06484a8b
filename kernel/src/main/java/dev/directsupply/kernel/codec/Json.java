package dev.directsupply.kernel.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
     * Instants as ISO-8601 in UTC ({@code 2026-03-15T01:00:00.123456Z}), written without going through
     * a {@code DateTimeFormatter}: every stored aggregate, event and audit entry carries several.
     */
    private static SimpleModule instants() {
        SimpleModule module = new SimpleModule("directsupply-instants");
        module.addSerializer(Instant.class, InstantWriter.INSTANCE);
        return module;
    }

    private static final class InstantWriter extends JsonSerializer<Instant> {
        static final InstantWriter INSTANCE = new InstantWriter();

        @Override
        public void serialize(Instant instant, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
            generator.writeString(iso(instant));
        }
    }

    /** The instant as {@link Instant#toString()} writes it, only faster. */
    static String iso(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 1000 || year > 9999) {
            return instant.toString();
        }
        StringBuilder out = new StringBuilder(30).append(year);
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
        return out.append('Z').toString();
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
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
