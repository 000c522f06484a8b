package dev.directsupply.kernel.store;

import dev.directsupply.persistence.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Documents decoded lately, each kept with the version it was decoded at: a read that finds the same
 * version again skips the decoding, a newer version is decoded afresh. Bounded; thread-safe.
 */
public final class VersionedCache<T> {
    private static final int LIMIT = 10_000;

    private record Entry<T>(long version, T value) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    /** The document's body decoded, from the cache when it holds the same version. */
    public T of(Document document, Function<String, T> decode) {
        Entry<T> known = entries.get(document.id());
        if (known != null && known.version() == document.version()) {
            return known.value();
        }
        T value = decode.apply(document.body());
        if (entries.size() >= LIMIT) {
            entries.clear();
        }
        entries.put(document.id(), new Entry<>(document.version(), value));
        return value;
    }
}
