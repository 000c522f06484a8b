package dev.directsupply.kernel.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.directsupply.kernel.store.DocumentCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Stores an aggregate as the JSON of its records, with the SDK's conventions ({@link Json}), under
 * the number of its stored layout: {@code {"layout":1,"value":{…}}}. A document of a newer layout
 * than this SDK reads is refused, naming both, rather than half understood. What the layout looks
 * like is pinned by each module's golden stored-document tests, so that a renamed component breaks a
 * test and not a database (ADR 0018).
 *
 * @param <A> the aggregate
 */
public final class JsonDocuments<A> implements DocumentCodec<A> {
    private final Class<A> type;
    private final int layout;
    private final Function<A, String> id;
    private final Function<A, Map<String, String>> attributes;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    private JsonDocuments(Class<A> type, int layout, Function<A, String> id,
                          Function<A, Map<String, String>> attributes) {
        this.type = Objects.requireNonNull(type, "type");
        if (layout < 1) {
            throw new IllegalArgumentException("layouts are numbered from 1, not " + layout);
        }
        this.layout = layout;
        this.id = Objects.requireNonNull(id, "id");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        JavaType stored = Json.MAPPER.getTypeFactory().constructParametricType(Stored.class, type);
        this.writer = Json.STORED.writerFor(stored);
        this.reader = Json.MAPPER.readerFor(stored);
    }

    /**
     * A codec for the aggregate type.
     *
     * @param layout     the layout this SDK writes, and the newest it reads
     * @param id         the document id of an aggregate
     * @param attributes the values to look an aggregate up by
     */
    public static <A> JsonDocuments<A> of(Class<A> type, int layout, Function<A, String> id,
                                          Function<A, Map<String, String>> attributes) {
        return new JsonDocuments<>(type, layout, id, attributes);
    }

    /** The stored form: the layout, and the aggregate's records. */
    record Stored<A>(int layout, A value) {
    }

    @Override
    public String id(A aggregate) {
        return id.apply(aggregate);
    }

    @Override
    public String encode(A aggregate) {
        try {
            return writer.writeValueAsString(new Stored<>(layout, aggregate));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public void encodeTo(A aggregate, OutputStream utf8) {
        try {
            writer.writeValue(utf8, new Stored<>(layout, aggregate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public A decode(String body) {
        Stored<A> stored;
        try {
            stored = reader.readValue(body);
        } catch (JsonProcessingException e) {
            int found = layoutOf(body);
            if (found > layout) {
                throw newer(found);
            }
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + " from JSON", e);
        }
        if (stored.layout() > layout) {
            throw newer(stored.layout());
        }
        if (stored.value() == null) {
            throw new IllegalStateException(type.getSimpleName() + " stored without its value");
        }
        return stored.value();
    }

    @Override
    public Map<String, String> attributes(A aggregate) {
        return attributes.apply(aggregate);
    }

    private IllegalStateException newer(int found) {
        return new IllegalStateException(type.getSimpleName() + " stored in layout " + found
            + " by a newer SDK; this one reads up to " + layout);
    }

    private static int layoutOf(String body) {
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            return tree != null && tree.path("layout").isInt() ? tree.path("layout").intValue() : 0;
        } catch (JsonProcessingException unreadable) {
            return 0;
        }
    }
}
