package dev.directsupply.kernel.store;

import dev.directsupply.persistence.Unchanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one attempt at a command took from this SDK instance's own copies of documents instead of
 * reading them (ADR 0029). The {@code Pipeline} opens one per attempt on the attempt's thread; a reader
 * that keeps copies ({@link AggregateRepository}, the stored agreement register and assignments) hands
 * one out only while an attempt trusts them, and names it here; the attempt's write then stands only
 * if each is still at the version it was copied at ({@link Unchanged}), so a stale copy costs a
 * conflict and a fresh attempt, never a wrong decision. An attempt that was refused, or would write
 * nothing, after it took a copy is decided again on what is stored. Outside an attempt, and in a fresh
 * one, every read goes to the store. One attempt, one thread; not thread-safe.
 */
public final class TrustedCopies {
    private static final ThreadLocal<TrustedCopies> CURRENT = new ThreadLocal<>();

    private final boolean trusting;
    private final List<Unchanged> reliedOn = new ArrayList<>(2);
    private final List<String> assumedAbsent = new ArrayList<>(1);
    private boolean nestedTookCopies;

    private TrustedCopies(boolean trusting) {
        this.trusting = trusting;
    }

    /** An attempt that may take copies. */
    public static TrustedCopies trusting() {
        return new TrustedCopies(true);
    }

    /** An attempt that reads everything from the store. */
    public static TrustedCopies fresh() {
        return new TrustedCopies(false);
    }

    /**
     * A new attempt that trusts copies and stands on what this one took too: a command accepted on a
     * copy of the actor's agreement stands on it in every write it makes.
     */
    public TrustedCopies continued() {
        TrustedCopies next = trusting();
        next.reliedOn.addAll(reliedOn);
        return next;
    }

    /** Runs the attempt's body with these copies in force on this thread, and the caller's after. */
    public <T> T during(Supplier<T> body) {
        TrustedCopies outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.get();
        } finally {
            restore(outer);
        }
    }

    /** Runs a read that must see the store itself, whatever attempt is under way (a check before a refusal). */
    public static <T> T freshly(Supplier<T> read) {
        return fresh().during(read);
    }

    /** Whether an attempt at a command is under way on this thread, trusting copies or not. */
    public static boolean underWay() {
        return CURRENT.get() != null;
    }

    /** Whether a reader on this thread may hand out a copy: an attempt that trusts copies is under way. */
    public static boolean mayUseCopies() {
        TrustedCopies current = CURRENT.get();
        return current != null && current.trusting;
    }

    /**
     * A reader hands out its copy of a document at this version: the attempt's write will stand on it.
     * Call only when {@link #mayUseCopies()}.
     */
    public static void relyOn(String collection, String id, long version) {
        TrustedCopies current = CURRENT.get();
        if (current == null || !current.trusting) {
            throw new IllegalStateException("no attempt that trusts copies is under way on this thread");
        }
        current.reliedOn.add(new Unchanged(collection, id, version));
    }

    /**
     * A reader assumes, without reading, that no document has this id yet — the first use of an
     * idempotency key: the attempt's write must create it (a create conflicts when the document
     * exists), or the attempt is decided again on what is stored. Call only when {@link #mayUseCopies()}.
     */
    public static void assumeAbsent(String collection, String id) {
        TrustedCopies current = CURRENT.get();
        if (current == null || !current.trusting) {
            throw new IllegalStateException("no attempt that trusts copies is under way on this thread");
        }
        current.assumedAbsent.add(collection + '/' + id);
    }

    /**
     * A command given inside this thread's attempt decided on copies, and its write is held to be stored
     * with the attempt's ({@link JoinedWrites}): a refusal the attempt then reaches may come of a stale
     * copy too, and is decided again on what is stored.
     */
    public static void nestedTookCopies() {
        TrustedCopies current = CURRENT.get();
        if (current != null && current.trusting) {
            current.nestedTookCopies = true;
        }
    }

    /** Whether the attempt took any copy, assumed a document absent, or called a command that took copies. */
    public boolean tookCopies() {
        return !reliedOn.isEmpty() || !assumedAbsent.isEmpty() || nestedTookCopies;
    }

    /**
     * Whether every document the attempt assumed absent is created by its write, as {@code collection/id}
     * among those given.
     */
    public boolean createsEachAssumedAbsent(Set<String> created) {
        return created.containsAll(assumedAbsent);
    }

    /** Whether the attempt assumed any document absent. */
    public boolean assumedAbsence() {
        return !assumedAbsent.isEmpty();
    }

    /** The copies the attempt took, each at the version it must still be at. */
    public List<Unchanged> reliedOn() {
        return List.copyOf(reliedOn);
    }

    private static void restore(TrustedCopies outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
