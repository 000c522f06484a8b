package dev.directsupply.kernel.codec;

import dev.directsupply.kernel.store.DocumentCodec;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A document codec made of a snapshot type and a mapper's two directions: the document is the
 * snapshot as JSON, and a snapshot written in a newer layout than this SDK reads is refused rather
 * than half understood.
 *
 * @param <A> the aggregate
 * @param <S> its snapshot record
 */
public final class SnapshotDocuments<A, S> implements DocumentCodec<A> {
    private final Class<S> snapshotType;
    private final int layout;
    private final Function<A, String> id;
    private final Function<A, S> toSnapshot;
    private final Function<S, A> fromSnapshot;
    private final ToIntFunction<S> schemaVersion;
    private final Function<A, Map<String, String>> attributes;

    /**
     * @param layout        the newest snapshot layout this SDK reads (and writes)
     * @param schemaVersion the layout a stored snapshot says it was written in
     * @param attributes    the values to look the aggregate up by
     */
    public SnapshotDocuments(Class<S> snapshotType, int layout, Function<A, String> id, Function<A, S> toSnapshot,
                             Function<S, A> fromSnapshot, ToIntFunction<S> schemaVersion,
                             Function<A, Map<String, String>> attributes) {
        this.snapshotType = Objects.requireNonNull(snapshotType, "snapshotType");
        this.layout = layout;
        this.id = Objects.requireNonNull(id, "id");
        this.toSnapshot = Objects.requireNonNull(toSnapshot, "toSnapshot");
        this.fromSnapshot = Objects.requireNonNull(fromSnapshot, "fromSnapshot");
        this.schemaVersion = Objects.requireNonNull(schemaVersion, "schemaVersion");
        this.attributes = Objects.requireNonNull(attributes, "attributes");
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
        int stored = schemaVersion.applyAsInt(snapshot);
        if (stored > layout) {
            throw new IllegalStateException(snapshotType.getSimpleName() + " stored in layout " + stored
                + " by a newer SDK; this one reads up to " + layout);
        }
        return fromSnapshot.apply(snapshot);
    }

    @Override
    public Map<String, String> attributes(A aggregate) {
        return attributes.apply(aggregate);
    }
}
