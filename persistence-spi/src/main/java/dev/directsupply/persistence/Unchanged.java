package dev.directsupply.persistence;

/**
 * A document a {@link WriteBatch} was decided on without writing it: the batch stands only if the
 * document is still at this version when it commits. A writer that decided on a copy it kept (rather
 * than one it read just now) names it so, and a stale copy costs a {@link VersionConflict} instead of
 * a wrong decision.
 *
 * @param version the version the writer decided on, 1 or more
 */
public record Unchanged(String collection, String id, long version) {

    public Unchanged {
        Names.collection(collection);
        Names.id(id);
        if (version < 1) {
            throw new IllegalArgumentException("an unchanged document is at version 1 or more, not " + version);
        }
    }
}
