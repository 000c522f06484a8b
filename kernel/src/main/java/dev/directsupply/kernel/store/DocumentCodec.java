package dev.directsupply.kernel.store;

import java.util.Map;

/**
 * How an aggregate becomes a document and back. Modules implement it in their {@code internal}
 * package (a MapStruct mapper to a snapshot record, Jackson to JSON), so the domain stays free of both.
 */
public interface DocumentCodec<A> {

    /** The document id of the aggregate. */
    String id(A aggregate);

    /** The aggregate as JSON. */
    String encode(A aggregate);

    /** The aggregate as JSON in UTF-8: what is hashed and stored, without passing through a {@code String} twice. */
    default byte[] encodeUtf8(A aggregate) {
        return encode(aggregate).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The aggregate back from its JSON. */
    A decode(String body);

    /** The values to look the aggregate up by. */
    Map<String, String> attributes(A aggregate);
}
