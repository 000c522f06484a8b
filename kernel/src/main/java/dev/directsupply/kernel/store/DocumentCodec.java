package dev.directsupply.kernel.store;

import java.util.Map;

/**
 * How an aggregate becomes a document and back. Modules name theirs in their {@code internal} package
 * ({@code JsonDocuments}: the aggregate's records as JSON), so the domain stays free of Jackson.
 */
public interface DocumentCodec<A> {

    /** The document id of the aggregate. */
    String id(A aggregate);

    /** The aggregate as JSON. */
    String encode(A aggregate);

    /**
     * Writes the aggregate as JSON in UTF-8 to the stream: what is hashed and stored, written once into
     * a buffer the repository reuses.
     */
    default void encodeTo(A aggregate, java.io.OutputStream utf8) {
        try {
            utf8.write(encode(aggregate).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The aggregate back from its JSON. */
    A decode(String body);

    /** The values to look the aggregate up by. */
    Map<String, String> attributes(A aggregate);
}
