package dev.directsupply.kernel.store;

import dev.directsupply.persistence.Document;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Documents decoded lately, each kept with the newest version it was decoded at: a read that finds the
 * same version again skips the decoding, a newer version is decoded afresh; and an attempt that trusts
 * copies takes the one kept without reading ({@link #copy}). Bounded; thread-safe.
 */
public final class VersionedCache<T> {
    private static final int LIMIT = 10_000;

    private record Entry<T>(long version, T value) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    /**
     * The copy of the document this cache holds, at the newest version it saw, when an attempt that
     * trusts copies is under way on this thread ({@link TrustedCopies}), which then stands on that
     * version; empty otherwise, and the caller reads the store.
     */
    public Optional<T> copy(String collection, String id) {
        if (!TrustedCopies.mayUseCopies()) {
            return Optional.empty();
        }
        Entry<T> known = entries.get(id);
        if (known == null) {
            return Optional.empty();
        }
        TrustedCopies.relyOn(collection, id, known.version());
        return Optional.of(known.value());
    }

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
        entries.merge(document.id(), new Entry<>(document.version(), value),
            (before, after) -> after.version() >= before.version() ? after : before);
        return value;
    }
}
