package dev.directsupply.kernel.service;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One collection of aggregates, its writes going through the {@link Pipeline}: the one handle a
 * service holds on its aggregates. The two common commands have their own methods — make one
 * aggregate, change one aggregate — and anything else is {@code pipeline.accept(actor, command)
 * .write(work -> ...)}. Reads check their permission first.
 *
 * @param <A> the aggregate type
 */
public final class Aggregates<A> {
    private final Pipeline pipeline;
    private final AggregateRepository<A> repository;
    /** The customer whose records an aggregate is, or null when the collection is in everyone's scope. */
    private final Function<A, String> customerOf;
    /** Whether a new aggregate makes its customer (a registration), so is in scope before it exists. */
    private final boolean makesItsCustomer;
    /** The person an aggregate of no customer yet belongs to, or null when such aggregates are everyone's. */
    private final Function<A, ActorId> ownerOf;

    Aggregates(Pipeline pipeline, AggregateRepository<A> repository) {
        this(pipeline, repository, null, false, null);
    }

    private Aggregates(Pipeline pipeline, AggregateRepository<A> repository, Function<A, String> customerOf,
                       boolean makesItsCustomer, Function<A, ActorId> ownerOf) {
        this.pipeline = pipeline;
        this.repository = repository;
        this.customerOf = customerOf;
        this.makesItsCustomer = makesItsCustomer;
        this.ownerOf = ownerOf;
    }

    /**
     * The same collection kept to each actor's record scope (DS-7.2.2): reads, writes and look-ups of an
     * aggregate reach it only when its customer ({@code customerOf}, null for none) is in the actor's scope.
     */
    public Aggregates<A> scopedBy(Function<A, String> customerOf) {
        return new Aggregates<>(pipeline, repository, Objects.requireNonNull(customerOf, "customerOf"), false, null);
    }

    /**
     * As {@link #scopedBy}, for records that name no customer until later (a lead before it converts): until
     * then, an actor whose scope is their own customers reaches only the records they own ({@code ownerOf}),
     * and one whose scope is their department's or all reaches them all (DS-7.2.2). Anyone allowed to make
     * such a record may make it for another owner.
     */
    public Aggregates<A> scopedBy(Function<A, String> customerOf, Function<A, ActorId> ownerOf) {
        return new Aggregates<>(pipeline, repository, Objects.requireNonNull(customerOf, "customerOf"), false,
            Objects.requireNonNull(ownerOf, "ownerOf"));
    }

    /** As {@link #scopedBy}, for the customers themselves: registering one is in scope, since it is new. */
    public Aggregates<A> scopedAsCustomers(Function<A, String> customerOf) {
        return new Aggregates<>(pipeline, repository, Objects.requireNonNull(customerOf, "customerOf"), true, null);
    }

    /** Whether the aggregate's customer is in the actor's scope (for lists a job builds). */
    public boolean inScope(Actor actor, A aggregate) {
        if (customerOf == null) {
            return true;
        }
        String customer = customerOf.apply(aggregate);
        return customer == null && ownerOf != null
            ? pipeline.inScopeAsOwned(actor, ownerOf.apply(aggregate)) : pipeline.inScope(actor, customer);
    }

    void requireInScope(Actor actor, Permission permission, A aggregate) {
        if (!inScope(actor, aggregate)) {
            pipeline.refuseOutOfScope(actor, permission);
        }
    }

    void requireInScopeToCreate(Actor actor, Permission permission, A aggregate) {
        boolean ownedUntilAssigned = ownerOf != null && customerOf.apply(aggregate) == null;
        if (!makesItsCustomer && !ownedUntilAssigned) {
            requireInScope(actor, permission, aggregate);
        }
    }

    AggregateRepository<A> repository() {
        return repository;
    }

    public String collection() {
        return repository.collection();
    }

    /** Makes a new aggregate: permission, validation, decision, one atomic write. */
    public A create(Actor actor, Command command, Supplier<Changed<A>> decide) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.create(this, decide.get()));
    }

    /** Changes one aggregate: permission, validation, load, decision, one atomic write, again on a lost race. */
    public A change(Actor actor, Command command, Identifier id, Function<A, Changed<A>> decide) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(this, id, decide));
    }

    /** The aggregate, for an actor holding the permission; {@code NotFound} when there is none. */
    public A get(Actor actor, Permission permission, Identifier id) {
        pipeline.authorize(actor, permission);
        A aggregate = repository.get(require(id)).aggregate();
        requireInScope(actor, permission, aggregate);
        return aggregate;
    }

    /** The aggregate, for an actor holding the permission. */
    public Optional<A> find(Actor actor, Permission permission, Identifier id) {
        pipeline.authorize(actor, permission);
        Optional<A> found = repository.find(require(id)).map(Versioned::aggregate);
        found.ifPresent(aggregate -> requireInScope(actor, permission, aggregate));
        return found;
    }

    /** The aggregates whose indexed attribute has the value, in id order, for an actor holding the permission. */
    public List<A> findBy(Actor actor, Permission permission, String attribute, String value) {
        pipeline.authorize(actor, permission);
        List<A> found = unwrapped(repository.findBy(attribute, value));
        return customerOf == null ? found : found.stream().filter(aggregate -> inScope(actor, aggregate)).toList();
    }

    /**
     * The aggregates whose indexed attribute is the id, in id order, for an actor holding the permission; the
     * permission is asked before the id, and a missing id is an invalid command.
     */
    public List<A> findBy(Actor actor, Permission permission, String attribute, Identifier value) {
        pipeline.authorize(actor, permission);
        return findBy(actor, permission, attribute, require(value));
    }

    /** The aggregates whose indexed attribute has the value, in id order, as stored now (for a job already authorised). */
    public List<Versioned<A>> stored(String attribute, String value) {
        return repository.findBy(attribute, value);
    }

    /** The aggregate as stored now, if any (for a job or a port already authorised). */
    public Optional<Versioned<A>> stored(String id) {
        return repository.find(id);
    }

    /**
     * Visits every aggregate a page at a time, in id order (for a job already authorised); a document
     * that cannot be read goes to {@code unreadable} with its id, and the visit goes on.
     */
    public void forEach(int pageSize, Consumer<Versioned<A>> visitor, BiConsumer<String, RuntimeException> unreadable) {
        repository.forEach(pageSize, visitor, unreadable);
    }

    /**
     * The stored documents whose indexed attribute has the value, undecoded (for a check already
     * authorised that must report a document it cannot read rather than stop at it).
     */
    public List<Document> documents(String attribute, String value) {
        return repository.documents(attribute, value);
    }

    /** The aggregate of a stored document. */
    public A decode(Document document) {
        return repository.decode(document).aggregate();
    }

    /**
     * Visits every stored document a page at a time, in id order, undecoded (for a job already
     * authorised that reads only part of each, with {@link #known} for those this handle holds).
     */
    public void forEachDocument(int pageSize, Consumer<Document> visitor) {
        repository.forEachDocument(pageSize, visitor);
    }

    /** The aggregate this handle read or wrote lately at the document's exact version, if it still holds it. */
    public Optional<Versioned<A>> known(Document document) {
        return repository.known(document);
    }

    /** Who created the aggregate, as its sealed audit trail's first entry names them (for separated duties). */
    public Optional<ActorId> createdBy(Identifier id) {
        return repository.createdBy(require(id));
    }

    /** Checks the aggregate's audit trail (DS-7.2.1), for an actor holding the permission. */
    public AuditVerification verify(Actor actor, Permission permission, Identifier id) {
        pipeline.authorize(actor, permission);
        return repository.verify(require(id));
    }

    /** Checks an aggregate's audit trail by its document id (for a check already authorised). */
    public AuditVerification verify(String id) {
        return repository.verify(id);
    }

    /** The id's value; a missing id is an invalid command naming it, not a null-pointer failure. */
    public static String require(Identifier id) {
        if (id == null) {
            throw new InvalidCommand("Id", List.of(Violation.constraint("id", "NotNull", "")));
        }
        return id.value();
    }

    private static <A> List<A> unwrapped(List<Versioned<A>> found) {
        List<A> aggregates = new ArrayList<>(found.size());
        for (Versioned<A> each : found) {
            aggregates.add(each.aggregate());
        }
        return aggregates;
    }

    /**
     * The collection's audit trails — verify one aggregate or all, with or without a checkpoint, take a
     * checkpoint — for an actor holding the permission (DS-7.2.1).
     */
    public dev.directsupply.kernel.store.AuditTrails auditTrails(Actor actor, Permission permission) {
        pipeline.authorize(actor, permission);
        return repository.trails();
    }
}
