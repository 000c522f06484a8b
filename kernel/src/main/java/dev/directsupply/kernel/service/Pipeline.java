package dev.directsupply.kernel.service;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.RecordScope;
import dev.directsupply.kernel.scope.CustomerAssignments;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.SeparatedDuty;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.DocumentCodec;
import dev.directsupply.kernel.store.JoinedWrites;
import dev.directsupply.kernel.store.Retry;
import dev.directsupply.kernel.store.TrustedCopies;
import dev.directsupply.kernel.store.UnitOfWork;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.persistence.DocumentStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a service action runs. Every command goes the same steps, in this order:
 * <ol>
 *   <li>the actor is a person, or a system actor this pipeline made; one of their roles holds the
 *       command's permission and counts in their department (DS-7.2.2); for customer information, the
 *       register has a confidentiality agreement of theirs in force today (DS-7.2.3);</li>
 *   <li>the command is valid: its constraints and its cross-field rules, every violation in one
 *       {@code InvalidCommand};</li>
 *   <li>the service loads what it needs and decides, in a {@link Work};</li>
 *   <li>everything decided is stored in one atomic write — documents, events, sealed audit entries
 *       naming the actor and the command's type — or nothing is;</li>
 *   <li>when another writer came first, steps 3 and 4 run again on what is stored now.</li>
 * </ol>
 * A refused command changes nothing. Reads check their permission the same way. One pipeline serves
 * every module of an SDK; it is thread-safe and keeps no state between calls.
 */
public final class Pipeline {
    private static final ClassValue<String> ACTIONS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    private final DocumentStore store;
    private final AccessPolicy access;
    private final ConfidentialityRegister agreements;
    private final CustomerAssignments assignments;
    private final CommandValidator validator;
    private final AuditSeal seal;
    private final Clock clock;
    /** The system actors this pipeline made, by identity: an equal actor made elsewhere is not one of them. */
    private final Set<Actor> systemActors = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /**
     * @param agreements  where a person's confidentiality agreement is looked up before any access to
     *                    customer information (DS-7.2.3): the SDK's {@code StoredAgreements}, or the host's
     * @param assignments to whom each customer is assigned, which keeps people to their record scope (DS-7.2.2)
     */
    public Pipeline(DocumentStore store, AccessPolicy access, ConfidentialityRegister agreements,
                    CustomerAssignments assignments, CommandValidator validator, AuditSeal seal, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = Objects.requireNonNull(access, "access");
        this.agreements = Objects.requireNonNull(agreements, "agreements");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A collection of aggregates whose writes go through this pipeline. */
    public <A> Aggregates<A> aggregates(String collection, DocumentCodec<A> codec) {
        return new Aggregates<>(this, new AggregateRepository<>(store, collection, codec, JsonEventCodec.INSTANCE,
            seal, clock));
    }

    /**
     * The actor the SDK's own reactions act as ({@code system:<name>}, the {@link Role#SYSTEM} role): only
     * a pipeline makes one, and only the pipeline that made it accepts it. Modules get theirs from their
     * {@code ModuleContext}; host code has no way to one (DS-7.2.2).
     */
    public Actor systemActor(String name) {
        Actor system = new Actor(ActorId.of(Actor.SYSTEM_PREFIX + name), Set.of(Role.SYSTEM), Department.SYSTEM);
        systemActors.add(system);
        return system;
    }

    /** Checks the actor's right and the command; throws {@code AccessDenied} or {@code InvalidCommand}. */
    public <C extends Command> Accepted<C> accept(Actor actor, C command) {
        return accept(actor, command, c -> List.of());
    }

    /**
     * As {@link #accept(Actor, Command)}, with rules that need more than the command to judge it (the
     * policy's currency, today's date); their violations join the command's own.
     */
    public <C extends Command> Accepted<C> accept(Actor actor, C command,
                                                  Function<? super C, List<Violation>> moreChecks) {
        if (command == null) {
            validator.validate(null);
        }
        check(actor, command.permission());
        validator.validate(command, c -> {
            List<Violation> own = CrossFieldRules.of(c);
            List<Violation> more = moreChecks.apply(c);
            if (more.isEmpty()) {
                return own;
            }
            if (own.isEmpty()) {
                return more;
            }
            List<Violation> all = new java.util.ArrayList<>(own);
            all.addAll(more);
            return all;
        });
        return new Accepted<>(this, actor, command);
    }

    /**
     * As {@link #accept(Actor, Command)}, for a command whose {@link Accepted#write} follows at once:
     * the actor's agreement may be taken from this instance's copy, on which the write then stands
     * ({@link TrustedCopies}, ADR 0029); a refusal is never made on a copy. Use {@link #accept} for a
     * check that no write follows.
     */
    public <C extends Command> Accepted<C> acceptToWrite(Actor actor, C command) {
        return acceptToWrite(actor, command, c -> List.of());
    }

    /** As {@link #acceptToWrite(Actor, Command)}, with rules that need more than the command to judge it. */
    public <C extends Command> Accepted<C> acceptToWrite(Actor actor, C command,
                                                         Function<? super C, List<Violation>> moreChecks) {
        TrustedCopies copies = TrustedCopies.trusting();
        copies.during(() -> accept(actor, command, moreChecks));
        return new Accepted<>(this, actor, command, copies);
    }

    /** Checks the actor may read what the permission guards. */
    public void authorize(Actor actor, Permission permission) {
        check(actor, permission);
    }

    /**
     * Holds a separated duty apart (DS-7.2.2): throws {@code AccessDenied} when the actor took its first
     * step ({@code earlier}, null when nobody did) and now takes the second under {@code permission}.
     */
    public void requireSeparate(Actor actor, Permission permission, SeparatedDuty duty, ActorId earlier) {
        access.requireSeparate(actor, permission, duty, earlier);
    }

    /**
     * Whether the customer's records are in the actor's scope (DS-7.2.2): all, their department's, or
     * their own customers', as their roles reach; a record of no customer ({@code null}) is in everyone's.
     */
    public boolean inScope(Actor actor, String customer) {
        if (customer == null || actor.claimsSystem() && genuine(actor)) {
            return true;
        }
        RecordScope scope = access.scopeOf(actor);
        if (scope == RecordScope.ALL) {
            return true;
        }
        if (reaches(actor, scope, customer)) {
            return true;
        }
        // A refusal is never made on a copy: the assignment may have changed on another host.
        return TrustedCopies.mayUseCopies() && TrustedCopies.freshly(() -> reaches(actor, scope, customer));
    }

    private boolean reaches(Actor actor, RecordScope scope, String customer) {
        return assignments.of(customer).map(assignment -> scope == RecordScope.OWN
            ? assignment.owner().equals(actor.id()) : assignment.department() == actor.department()).orElse(false);
    }

    /**
     * Checks the actor's right to a query first, then its argument: a missing one (or blank text) refuses the
     * query with {@code InvalidCommand} naming the field and rule — so a query never tells anyone without the
     * right what it would have found, and never fails untyped on a null.
     *
     * @param query the query's name, as the refusal names it ({@code TransportPlan})
     */
    public void authorizeQuery(Actor actor, Permission permission, String query, String field, Object argument,
                               String rule) {
        authorize(actor, permission);
        boolean blank = argument instanceof String text && text.isBlank();
        if (argument == null || blank) {
            throw new InvalidCommand(query,
                List.of(Violation.constraint(field, blank ? "NotBlank" : "NotNull", rule)));
        }
    }

    /**
     * Whether a record of no customer yet, owned by {@code owner}, is in the actor's scope (DS-7.2.2): an actor
     * who reaches only their own customers reaches only the records they own; a wider scope reaches them all.
     */
    public boolean inScopeAsOwned(Actor actor, ActorId owner) {
        return actor.claimsSystem() && genuine(actor) || access.scopeOf(actor) != RecordScope.OWN
            || actor.id().equals(owner);
    }

    /** Throws {@code AccessDenied} naming DS-7.2.2 unless the customer's records are in the actor's scope. */
    public void requireInScope(Actor actor, Permission permission, String customer) {
        if (!inScope(actor, customer)) {
            refuseOutOfScope(actor, permission);
        }
    }

    void refuseOutOfScope(Actor actor, Permission permission) {
        throw new AccessDenied(actor.id(), permission, "DS-7.2.2", "kernel.error.access-denied.out-of-scope");
    }

    /** Whether the actor holds the permission (to show or mask a part of what is read). */
    public boolean allows(Actor actor, Permission permission) {
        return genuine(actor) && access.allows(actor, permission) && cleared(actor, permission);
    }

    private void check(Actor actor, Permission permission) {
        if (!genuine(actor)) {
            throw new AccessDenied(actor.id(), permission, "DS-7.2.2", "kernel.error.access-denied.forged-system");
        }
        access.check(actor, permission);
        if (!cleared(actor, permission)) {
            throw new AccessDenied(actor.id(), permission, "DS-7.2.3", "kernel.error.access-denied.no-agreement");
        }
    }

    /**
     * Customer information needs a confidentiality agreement in force today (DS-7.2.3), as the register
     * has it; the SDK's own actors act under the company's.
     */
    private boolean cleared(Actor actor, Permission permission) {
        if (!permission.customerInformation() || actor.claimsSystem()) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        if (agreements.inForce(actor.id(), today)) {
            return true;
        }
        // A refusal is never made on a copy: the agreement may have been recorded on another host.
        return TrustedCopies.mayUseCopies() && TrustedCopies.freshly(() -> agreements.inForce(actor.id(), today));
    }

    /** A person, or a system actor this pipeline made: never a look-alike of one. */
    private boolean genuine(Actor actor) {
        return actor == null || !actor.claimsSystem() || systemActors.contains(actor);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * One atomic write for an accepted command, tried again on a lost race. The first attempt may decide
     * on this instance's own copies of what it reads ({@link TrustedCopies}, ADR 0029), and its write
     * stands only if they are still current; if that attempt is refused, or would write nothing, after
     * taking a copy, it is decided again on what is stored, as is every attempt after a lost race.
     *
     * <p>A command given inside another's attempt (a credit reservation inside an order's review) has
     * its write held and stored with the enclosing attempt's, in one write ({@link JoinedWrites}, ADR
     * 0031); it trusts copies only when the enclosing attempt does, and a lost race of what it held is
     * the enclosing attempt's to try again.
     */
    <R> R write(Actor actor, Command command, Function<Work, R> body, TrustedCopies acceptedOn) {
        String action = ACTIONS.get(command.getClass());
        // Inside another command's attempt, trust copies only as it does; a relay's run has no attempt of its own.
        boolean mayTrust = !TrustedCopies.underWay() || TrustedCopies.mayUseCopies();
        boolean[] first = {true};
        return Retry.onConflict(Retry.ATTEMPTS, () -> {
            if (first[0] && mayTrust) {
                first[0] = false;
                TrustedCopies copies = acceptedOn == null ? TrustedCopies.trusting() : acceptedOn.continued();
                try {
                    return attempt(actor, command, action, body, copies);
                } catch (ConcurrencyConflict lostRace) {
                    throw lostRace;
                } catch (DirectSupplyException | DecideAgain refused) {
                    // A refusal by the SDK's rules may come of a stale copy; a host's failure is passed on as it is.
                    if (!copies.tookCopies()) {
                        throw refused;
                    }
                }
            }
            if (acceptedOn != null && acceptedOn.tookCopies()) {
                // The actor was let in on a copy: asked again of the store before an attempt that reads it.
                check(actor, command.permission());
            }
            return attempt(actor, command, action, body, TrustedCopies.fresh());
        });
    }

    /**
     * One attempt. Given outside any other command, it opens the joined write that the commands it calls
     * hold their writes in, and stores them with its own; given inside one, its write is held there.
     */
    private <R> R attempt(Actor actor, Command command, String action, Function<Work, R> body,
                          TrustedCopies copies) {
        Work work = new Work(this, actor, command.permission(), action, new UnitOfWork(store), copies);
        JoinedWrites enclosing = JoinedWrites.current(store);
        JoinedWrites joined = enclosing != null ? enclosing : JoinedWrites.open(store);
        try {
            R result = joined.during(() -> copies.during(() -> body.apply(work)));
            if (copies.tookCopies() && (work.writesNothing() || !work.createsWhatItAssumedAbsent())) {
                throw new DecideAgain();
            }
            if (enclosing == null && joined.isEmpty()) {
                // Nothing called inside held a write: the attempt's own is stored as it is, with no detour.
                work.commit();
                return result;
            }
            joined.during(() -> {
                work.commit();
                return null;
            });
            if (enclosing == null) {
                joined.commit();
            } else if (copies.tookCopies()) {
                TrustedCopies.nestedTookCopies();
            }
            return result;
        } catch (JoinedWrites.Lost lost) {
            if (enclosing != null) {
                work.failed(lost);
                throw lost;
            }
            joined.discard();
            work.failed(lost.conflict());
            throw lost.conflict();
        } catch (RuntimeException failure) {
            if (enclosing == null) {
                joined.discard();
            }
            work.failed(failure);
            throw failure;
        }
    }

    /**
     * An attempt that took copies would write nothing, or would not create what it assumed absent: what
     * it returns must come from what is stored.
     */
    private static final class DecideAgain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecideAgain() {
            super("decided on copies with nothing to write: decided again on what is stored", null, false, false);
        }
    }
}
