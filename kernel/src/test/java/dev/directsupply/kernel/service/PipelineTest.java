package dev.directsupply.kernel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.ConfidentialityRegister;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.ForwardingDocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-7.2.2 every service action runs the same steps: permission, validation, decision, one atomic write. */
class PipelineTest {
    static final Permission OPEN = Permission.of("tickets.open");
    static final Permission NOTE = Permission.onCustomerInformation("tickets.note");
    static final Permission READ = Permission.of("tickets.read");

    record TicketId(String value) implements Identifier {
        TicketId {
            Identifier.require("TicketId", value);
        }
    }

    record Ticket(TicketId id, String title, List<String> notes) {
        Changed<Ticket> note(String text, Instant at) {
            if (notes.size() >= 3) {
                throw new Full(id);
            }
            List<String> more = new ArrayList<>(notes);
            more.add(text);
            return Changed.to(new Ticket(id, title, more), new Noted(id, text, at));
        }
    }

    record Opened(TicketId ticketId, Instant occurredAt) implements DomainEvent {
    }

    record Noted(TicketId ticketId, String text, Instant occurredAt) implements DomainEvent {
    }

    static final class Full extends RuleViolation {
        private static final long serialVersionUID = 1L;

        Full(TicketId id) {
            super("DS-4.3.2", "full", "kernel.error.not-found", Map.of("kind", "room on", "id", id.value()));
        }
    }

    record OpenTicket(@NotNull TicketId ticketId, @NotBlank @Size(max = 20) String title) implements Command {
        @Override
        public Permission permission() {
            return OPEN;
        }
    }

    record NoteTicket(@NotNull TicketId ticketId, @NotBlank String text, String copy) implements Command {
        @Override
        public Permission permission() {
            return NOTE;
        }

        @Override
        public List<Violation> crossFieldViolations() {
            return copy != null && copy.equals(text) ? List.of(Violation.constraint("copy", "Null", "")) : List.of();
        }
    }

    private static final Actor CLERK = Actor.of("li.na", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);
    private static final Actor VISITOR = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));

    /** A register with the people's agreements in force every day, and nobody else's. */
    static ConfidentialityRegister onRecord(Actor... people) {
        java.util.Set<ActorId> signed = java.util.Arrays.stream(people).map(Actor::id)
            .collect(java.util.stream.Collectors.toSet());
        return (person, day) -> signed.contains(person);
    }
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final Pipeline pipeline = pipeline(memory);
    private final Aggregates<Ticket> tickets = tickets(pipeline);

    private Pipeline pipeline(DocumentStore store) {
        AccessPolicy access = AccessPolicy.builder().grant(OPEN, Role.CUSTOMER_SERVICE)
            .grant(NOTE, Role.CUSTOMER_SERVICE).grant(READ, Role.CUSTOMER_SERVICE, Role.PRODUCTION).build();
        CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());
        return new Pipeline(store, access, onRecord(CLERK, VISITOR), new StoredAssignments(store), validator, AuditSeal.unkeyed(), clock);
    }

    private static Aggregates<Ticket> tickets(Pipeline pipeline) {
        return pipeline.aggregates("tickets", JsonDocuments.of(Ticket.class, 1, ticket -> ticket.id().value(),
            ticket -> Map.of()));
    }

    private Ticket opened() {
        TicketId id = new TicketId("t-1");
        return tickets.create(CLERK, new OpenTicket(id, "leaking case"),
            () -> Changed.to(new Ticket(id, "leaking case", List.of()), new Opened(id, clock.instant())));
    }

    @Test
    @DisplayName("a command the actor may not give is AccessDenied before it is even validated, and nothing is stored")
    void givenActorWithoutThePermission_whenCommanded_thenAccessDeniedFirstAndNothingStored() {
        assertThatThrownBy(() -> tickets.create(VISITOR, new OpenTicket(null, ""), () -> {
            throw new AssertionError("no decision without the permission");
        })).isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.2"));
        assertThat(memory.scan("tickets", "", 10).documents()).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 a system actor made by the host, with the SYSTEM role, is refused however it looks")
    void givenForgedSystemActor_whenCommanded_thenAccessDeniedAndNothingStored() {
        Pipeline grantingSystem = new Pipeline(memory, AccessPolicy.builder().grant(OPEN, Role.SYSTEM).build(),
            onRecord(), new StoredAssignments(memory), new CommandValidator(Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
            AuditSeal.unkeyed(), clock);
        Actor minted = grantingSystem.systemActor("relay");
        Actor lookAlike = new Actor(ActorId.of("system:relay"), java.util.Set.of(Role.SYSTEM), Department.SYSTEM);
        Actor prefixOnly = new Actor(ActorId.of("system:relay"), java.util.Set.of(Role.CUSTOMER_SERVICE),
            Department.CUSTOMER_SERVICE);
        Actor otherPipelines = pipeline(memory).systemActor("relay");
        Aggregates<Ticket> guarded = tickets(grantingSystem);
        assertThat(lookAlike).as("equal by value, but not made by this pipeline").isEqualTo(minted);

        for (Actor forged : List.of(lookAlike, prefixOnly, otherPipelines)) {
            assertThatThrownBy(() -> guarded.create(forged, new OpenTicket(new TicketId("t-9"), "forged"),
                () -> Changed.to(new Ticket(new TicketId("t-9"), "forged", List.of()), new Opened(new TicketId("t-9"),
                    clock.instant()))))
                .isInstanceOfSatisfying(AccessDenied.class, e -> {
                    assertThat(e.rule()).contains("DS-7.2.2");
                    assertThat(e.message(Messages.ENGLISH)).contains("did not make it");
                    assertThat(e.message(Messages.CHINESE)).contains("并非由 SDK 创建");
                });
            assertThat(grantingSystem.allows(forged, OPEN)).isFalse();
        }
        assertThat(memory.scan("tickets", "", 10).documents()).isEmpty();

        guarded.create(minted, new OpenTicket(new TicketId("t-9"), "by the SDK"),
            () -> Changed.to(new Ticket(new TicketId("t-9"), "by the SDK", List.of()), new Opened(new TicketId("t-9"),
                clock.instant())));
        assertThat(grantingSystem.allows(minted, OPEN)).isTrue();
        assertThat(memory.auditTrail("tickets", "t-9")).extracting(AuditEntry::actorId).containsExactly("system:relay");
    }

    @Test
    @DisplayName("DS-7.2.3 a command on customer information needs a confidentiality agreement on file")
    void givenActorWithoutAgreement_whenCommandOnCustomerInformation_thenAccessDenied() {
        opened();

        Actor newClerk = Actor.of("new.clerk", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);

        assertThatThrownBy(() -> tickets.change(newClerk,
            new NoteTicket(new TicketId("t-1"), "called back", null), new TicketId("t-1"),
            ticket -> ticket.note("x", clock.instant())))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
    }

    @Test
    @DisplayName("an invalid command lists every violation — constraints and cross-field rules — and nothing is stored")
    void givenInvalidCommand_whenCommanded_thenEveryViolationAndNothingStored() {
        opened();

        assertThatThrownBy(() -> tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), " ", " "), new TicketId("t-1"),
            ticket -> ticket.note(" ", clock.instant())))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.command()).isEqualTo("NoteTicket");
                assertThat(e.fields()).containsExactly("copy", "text");
            });
        assertThat(memory.auditTrail("tickets", "t-1")).hasSize(1);
    }

    @Test
    @DisplayName("a decision is stored with its events and a sealed audit entry naming the actor and the command's type")
    void givenAcceptedCommand_whenDecided_thenAggregateEventsAndAuditInOneWrite() {
        opened();

        Ticket noted = tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), "called back", null), new TicketId("t-1"),
            ticket -> ticket.note("called back", clock.instant()));

        assertThat(noted.notes()).containsExactly("called back");
        List<AuditEntry> trail = memory.auditTrail("tickets", "t-1");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("OpenTicket", "NoteTicket");
        assertThat(trail).extracting(AuditEntry::actorId).containsOnly("li.na");
        assertThat(memory.pendingEvents(10)).extracting(pending -> pending.event().type())
            .containsExactly("kernel.Opened", "kernel.Noted");
    }

    @Test
    @DisplayName("a decision that breaks a rule stores nothing")
    void givenRefusingDecision_whenCommanded_thenRuleViolationAndNothingStored() {
        opened();
        for (int i = 0; i < 3; i++) {
            tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), "n" + i, null), new TicketId("t-1"),
                ticket -> ticket.note("n", clock.instant()));
        }

        assertThatThrownBy(() -> tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), "one more", null), new TicketId("t-1"),
            ticket -> ticket.note("one more", clock.instant()))).isInstanceOf(Full.class);
        assertThat(memory.auditTrail("tickets", "t-1")).hasSize(4);
    }

    @Test
    @DisplayName("a read checks its permission and names a missing id as an invalid command")
    void givenRead_whenActorMayNotOrIdMissing_thenRefused() {
        opened();

        assertThat(tickets.get(VISITOR, READ, new TicketId("t-1")).title()).isEqualTo("leaking case");
        assertThatThrownBy(() -> tickets.get(VISITOR, NOTE, new TicketId("t-1"))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> tickets.get(CLERK, READ, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> tickets.get(CLERK, READ, new TicketId("t-2"))).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("two writes of one aggregate from two SDKs on one slow store: both land, the loser decided again")
    void givenTwoPipelinesRacingOnOneAggregate_whenBothCommand_thenConflictRetriedAndBothNotesKept() throws Exception {
        opened();
        CountDownLatch bothRead = new CountDownLatch(2);
        AtomicInteger writes = new AtomicInteger();
        DocumentStore slow = new ForwardingDocumentStore(memory) {
            @Override
            public void write(WriteBatch batch) {
                if (writes.incrementAndGet() <= 2) {
                    bothRead.countDown();
                    try {
                        bothRead.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.write(batch);
            }
        };
        Aggregates<Ticket> first = tickets(pipeline(slow));
        Aggregates<Ticket> second = tickets(pipeline(slow));
        AtomicInteger decisions = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Ticket> a = threads.submit(() -> first.change(CLERK, new NoteTicket(new TicketId("t-1"), "a", null), new TicketId("t-1"),
                ticket -> {
                    decisions.incrementAndGet();
                    return ticket.note("a", clock.instant());
                }));
            Future<Ticket> b = threads.submit(() -> second.change(CLERK, new NoteTicket(new TicketId("t-1"), "b", null), new TicketId("t-1"),
                ticket -> {
                    decisions.incrementAndGet();
                    return ticket.note("b", clock.instant());
                }));
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(decisions.get()).as("the loser of the race decided again").isEqualTo(3);
        assertThat(tickets.get(CLERK, READ, new TicketId("t-1")).notes()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @DisplayName("what a command asked another module for is undone when its write is lost, before it is tried again")
    void givenCallToAnotherModule_whenWriteLost_thenUndoneBeforeRetry() {
        opened();
        List<String> calls = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();

        Ticket noted = pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "reserved", null)).write(work -> {
            int attempt = attempts.incrementAndGet();
            calls.add("reserve " + attempt);
            work.onFailure(failure -> calls.add("release " + attempt + " after " + failure.getClass().getSimpleName()));
            if (attempt == 1) {
                // Someone else notes the ticket between this attempt's read and its write.
                tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), "rival", null), new TicketId("t-1"),
                    ticket -> ticket.note("rival", clock.instant()));
                var stale = work.get(tickets, new TicketId("t-1"));
                return work.save(tickets, new dev.directsupply.kernel.store.Versioned<>(stale.aggregate(),
                    stale.version() - 1, stale.auditHash()), stale.aggregate().note("reserved", clock.instant()))
                    .aggregate();
            }
            return work.change(tickets, new TicketId("t-1"), ticket -> ticket.note("reserved", clock.instant()));
        });

        assertThat(calls).containsExactly("reserve 1", "release 1 after ConcurrencyConflict", "reserve 2");
        assertThat(noted.notes()).containsExactly("rival", "reserved");
    }

    @Test
    @DisplayName("a command without a decision to store writes nothing")
    void givenNothingChanged_whenWritten_thenNoAuditEntry() {
        opened();

        tickets.change(CLERK, new NoteTicket(new TicketId("t-1"), "x", null), new TicketId("t-1"), Changed::nothing);

        assertThat(memory.auditTrail("tickets", "t-1")).hasSize(1);
    }

    @Test
    void givenConflictEveryTime_whenCommanded_thenConflictReachesTheCallerAfterTheLastAttempt() {
        opened();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "x", null))
            .write(work -> {
                attempts.incrementAndGet();
                throw new ConcurrencyConflict("tickets", "t-1", 1, 2, null);
            })).isInstanceOf(ConcurrencyConflict.class);
        assertThat(attempts.get()).isEqualTo(dev.directsupply.kernel.store.Retry.ATTEMPTS);
    }
}
