package dev.directsupply.risk.internal;

import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.store.DocumentCodec;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A document codec from the mapper's two directions and a snapshot type: JSON of the snapshot,
 * refusing a snapshot written in a newer layout.
 */
final class JsonDocuments<A, S> implements DocumentCodec<A> {
    private final Class<S> snapshotType;
    private final Function<A, String> id;
    private final Function<A, S> toSnapshot;
    private final Function<S, A> fromSnapshot;
    private final ToIntFunction<S> schemaVersion;
    private final Function<A, Map<String, String>> attributes;

    JsonDocuments(Class<S> snapshotType, Function<A, String> id, Function<A, S> toSnapshot,
                  Function<S, A> fromSnapshot, ToIntFunction<S> schemaVersion,
                  Function<A, Map<String, String>> attributes) {
        this.snapshotType = snapshotType;
        this.id = id;
        this.toSnapshot = toSnapshot;
        this.fromSnapshot = fromSnapshot;
        this.schemaVersion = schemaVersion;
        this.attributes = attributes;
    }

    @Override
    public String id(A aggregate) {
        return id.apply(aggregate);
    }

    @Override
    public String encode(A aggregate) {
        return Json.write(toSnapshot.apply(aggregate));
    }

    @Override
    public A decode(String body) {
        S snapshot = Json.read(body, snapshotType);
        if (schemaVersion.applyAsInt(snapshot) > Snapshots.SCHEMA_VERSION) {
            throw new IllegalStateException(snapshotType.getSimpleName() + " stored in layout "
                + schemaVersion.applyAsInt(snapshot) + " by a newer SDK; this one reads up to " + Snapshots.SCHEMA_VERSION);
        }
        return fromSnapshot.apply(snapshot);
    }

    @Override
    public Map<String, String> attributes(A aggregate) {
        return attributes.apply(aggregate);
    }
}
