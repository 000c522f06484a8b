package dev.directsupply.kernel.service;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.JoinedWrites;
import dev.directsupply.kernel.store.TrustedCopies;
import dev.directsupply.kernel.store.UnitOfWork;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.DocumentWrite;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One attempt at an accepted command: what it reads, and what it writes — any number of aggregates,
 * each with its events and sealed audit entry, committed together or not at all. The {@link Pipeline}
 * commits it and, when another writer came first, runs the command again on a new {@code Work}. Not
 * thread-safe; lives for one attempt.
 */
public final class Work {
    private final Pipeline pipeline;
    private final Actor actor;
    private final Permission permission;
    private final String action;
    private final Clock clock;
    private final UnitOfWork unit;
    private final TrustedCopies copies;
    private final List<DocumentWrite> alongside = new ArrayList<>(1);
    private final List<Consumer<RuntimeException>> undos = new ArrayList<>(1);

    Work(Pipeline pipeline, Actor actor, Permission permission, String action, UnitOfWork unit,
         TrustedCopies copies) {
        this.pipeline = pipeline;
        this.actor = actor;
        this.permission = permission;
        this.action = action;
        this.clock = pipeline.clock();
        this.unit = unit;
        this.copies = copies;
    }

    /** Who acts. */
    public Actor actor() {
        return actor;
    }

    /** The clock decisions read the time from. */
    public Clock clock() {
        return clock;
    }

    /**
     * The aggregate with the id as stored now, if there is one. Every read and write of a work keeps to
     * the actor's record scope (DS-7.2.2): another person's customer is {@code AccessDenied}.
     */
    public <A> Optional<Versioned<A>> find(Aggregates<A> aggregates, String id) {
        Optional<Versioned<A>> found = aggregates.repository().find(id);
        found.ifPresent(versioned -> aggregates.requireInScope(actor, permission, versioned.aggregate()));
        return found;
    }

    /**
     * As {@link #find}, for an id expected to be new, such as one made from an idempotency key: the
     * first attempt, on trusted copies, may assume there is none without reading; its write must then
     * create it (and fails if another writer did first), or the command is decided again on what is
     * stored (ADR 0029).
     */
    public <A> Optional<Versioned<A>> findExpectingNone(Aggregates<A> aggregates, String id) {
        Optional<Versioned<A>> found = aggregates.repository().findExpectingNone(id);
        found.ifPresent(versioned -> aggregates.requireInScope(actor, permission, versioned.aggregate()));
        return found;
    }

    /** The aggregate with the id as stored now, or {@code NotFound}. */
    public <A> Versioned<A> get(Aggregates<A> aggregates, Identifier id) {
        return get(aggregates, id.value());
    }

    /** The aggregate with the id as stored now, or {@code NotFound}. */
    public <A> Versioned<A> get(Aggregates<A> aggregates, String id) {
        Versioned<A> current = aggregates.repository().get(id);
        aggregates.requireInScope(actor, permission, current.aggregate());
        return current;
    }

    /** Adds a new aggregate to the write; returns it as it will be stored. */
    public <A> A create(Aggregates<A> aggregates, Changed<A> change) {
        aggregates.requireInScopeToCreate(actor, permission, change.aggregate());
        return unit.create(aggregates.repository(), change, actor, action).aggregate();
    }

    /** Adds the next version of an aggregate read at {@code current}; nothing when nothing changed. */
    public <A> Versioned<A> save(Aggregates<A> aggregates, Versioned<A> current, Changed<A> change) {
        aggregates.requireInScope(actor, permission, change.aggregate());
        return unit.save(aggregates.repository(), current, change, actor, action);
    }

    /** Load → decide → add to the write: the aggregate as the decision left it. */
    public <A> A change(Aggregates<A> aggregates, Identifier id, Function<A, Changed<A>> decide) {
        Versioned<A> current = get(aggregates, id);
        return save(aggregates, current, decide.apply(current.aggregate())).aggregate();
    }

    /** Whether the store holds a document (a claim on a unique value, say) under the id. */
    public boolean holds(String collection, String id) {
        JoinedWrites.beforeRead(unit.store(), collection, id);
        return unit.store().read(collection, id).isPresent();
    }

    /** A document stored with the aggregates or not at all, such as a claim on a unique value. */
    public void alongside(DocumentWrite write) {
        alongside.add(write);
    }

    /**
     * What to undo when this attempt is not stored: a call to another module (a credit reserved, a
     * plan booked) made on the way to the decision. It runs with the failure, before the command is
     * tried again or the failure goes to the caller.
     */
    public void onFailure(Consumer<RuntimeException> undo) {
        undos.add(undo);
    }

    void commit() {
        unit.commit(alongside, copies.reliedOn());
    }

    boolean writesNothing() {
        return unit.isEmpty();
    }

    /** Whether the write creates every document the attempt assumed absent without reading. */
    boolean createsWhatItAssumedAbsent() {
        return !copies.assumedAbsence() || copies.createsEachAssumedAbsent(unit.creates(alongside));
    }

    void failed(RuntimeException failure) {
        for (int i = undos.size() - 1; i >= 0; i--) {
            try {
                undos.get(i).accept(failure);
            } catch (RuntimeException undoFailed) {
                failure.addSuppressed(undoFailed);
            }
        }
    }
}
