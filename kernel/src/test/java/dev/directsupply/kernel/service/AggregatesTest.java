package dev.directsupply.kernel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.service.PipelineTest.NoteTicket;
import dev.directsupply.kernel.service.PipelineTest.OpenTicket;
import dev.directsupply.kernel.service.PipelineTest.Opened;
import dev.directsupply.kernel.service.PipelineTest.Ticket;
import dev.directsupply.kernel.service.PipelineTest.TicketId;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import jakarta.validation.Validation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one handle a service holds on its aggregates: reads check their permission, writes go through the pipeline. */
class AggregatesTest {
    static final Permission OPEN = PipelineTest.OPEN;
    static final Permission READ = PipelineTest.READ;
    static final Permission AUDIT = Permission.of("tickets.audit");

    private static final Actor CLERK = Actor.of("li.na", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);
    private static final Actor WORKER = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);
    private static final Actor AUDITOR = Actor.of("wang.fang", Department.AUDIT, Role.AUDITOR);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final Pipeline pipeline = new Pipeline(memory,
        AccessPolicy.builder().grant(OPEN, Role.CUSTOMER_SERVICE).grant(PipelineTest.NOTE, Role.CUSTOMER_SERVICE)
            .grant(READ, Role.CUSTOMER_SERVICE).grant(AUDIT, Role.AUDITOR).build(),
        PipelineTest.onRecord(CLERK, WORKER, AUDITOR), new StoredAssignments(memory), new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
        AuditSeal.unkeyed(), clock);
    private final Aggregates<Ticket> tickets = pipeline.aggregates("tickets", JsonDocuments.of(Ticket.class, 1,
        ticket -> ticket.id().value(), ticket -> Map.of("title", ticket.title())));

    private Ticket opened(String id, String title) {
        TicketId ticketId = new TicketId(id);
        return tickets.create(CLERK, new OpenTicket(ticketId, title),
            () -> Changed.to(new Ticket(ticketId, title, List.of()), new Opened(ticketId, clock.instant())));
    }

    @Test
    @DisplayName("a handle names its collection")
    void givenHandle_whenAskedItsCollection_thenTheCollection() {
        assertThat(tickets.collection()).isEqualTo("tickets");
    }

    @Test
    @DisplayName("making an aggregate returns it as stored, at version 1")
    void givenCreateCommand_whenDecided_thenTheAggregateAsStored() {
        Ticket made = opened("t-1", "leaking case");

        assertThat(made).isEqualTo(new Ticket(new TicketId("t-1"), "leaking case", List.of()));
        assertThat(tickets.stored("t-1")).get().extracting(Versioned::version).isEqualTo(1L);
    }

    @Test
    @DisplayName("DS-7.2.2 finding by id needs the read permission; an unknown id is empty")
    void givenFindById_whenActorMayRead_thenTheAggregateOrEmpty() {
        Ticket made = opened("t-1", "leaking case");

        assertThat(tickets.find(CLERK, READ, new TicketId("t-1"))).contains(made);
        assertThat(tickets.find(CLERK, READ, new TicketId("t-9"))).isEmpty();
        assertThatThrownBy(() -> tickets.find(WORKER, READ, new TicketId("t-1"))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> tickets.find(CLERK, READ, null)).isInstanceOf(InvalidCommand.class);
    }

    @Test
    @DisplayName("DS-7.2.2 finding by an indexed attribute needs the read permission, and lists in id order")
    void givenFindByAttribute_whenActorMayRead_thenMatchesInIdOrder() {
        Ticket second = opened("t-2", "leaking case");
        opened("t-3", "broken lid");
        Ticket first = opened("t-1", "leaking case");

        assertThat(tickets.findBy(CLERK, READ, "title", "leaking case")).containsExactly(first, second);
        assertThatThrownBy(() -> tickets.findBy(WORKER, READ, "title", "leaking case"))
            .isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("a job already authorised reads what is stored, by attribute or by id, with versions")
    void givenJob_whenReadingStored_thenVersionedAggregates() {
        Ticket first = opened("t-1", "leaking case");
        opened("t-2", "broken lid");

        assertThat(tickets.stored("title", "leaking case")).extracting(Versioned::aggregate).containsExactly(first);
        assertThat(tickets.stored("t-1")).get().extracting(Versioned::aggregate).isEqualTo(first);
        assertThat(tickets.stored("t-9")).isEmpty();
    }

    @Test
    @DisplayName("a visit a page at a time sees every aggregate in id order and hands on the unreadable with its id")
    void givenUnreadableDocument_whenVisited_thenReportedAndTheVisitGoesOn() {
        opened("t-1", "leaking case");
        memory.write(WriteBatch.of(DocumentWrite.create("tickets", "t-2", "{\"layout\": 9}", Map.of())));
        opened("t-3", "broken lid");
        List<String> visited = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();

        tickets.forEach(1, ticket -> visited.add(ticket.aggregate().id().value()),
            (id, failure) -> unreadable.add(id + ": " + failure.getMessage()));

        assertThat(visited).containsExactly("t-1", "t-3");
        assertThat(unreadable).containsExactly("t-2: Ticket stored in layout 9 by a newer SDK; this one reads up to 1");
    }

    @Test
    @DisplayName("documents are handed over undecoded, by attribute or all in id order, and decoded on demand")
    void givenDocuments_whenReadUndecoded_thenDecodedOnDemand() {
        Ticket first = opened("t-1", "leaking case");
        opened("t-2", "broken lid");
        List<Document> all = new ArrayList<>();

        tickets.forEachDocument(1, all::add);
        List<Document> leaking = tickets.documents("title", "leaking case");

        assertThat(all).extracting(Document::id).containsExactly("t-1", "t-2");
        assertThat(leaking).extracting(Document::id).containsExactly("t-1");
        assertThat(tickets.decode(leaking.get(0))).isEqualTo(first);
    }

    @Test
    @DisplayName("the handle knows the aggregate it wrote lately at the document's exact version")
    void givenAggregateJustWritten_whenItsDocumentIsRead_thenKnownWithoutDecoding() {
        opened("t-1", "leaking case");
        Document stored = memory.read("tickets", "t-1").orElseThrow();

        assertThat(tickets.known(stored)).get().satisfies(known -> {
            assertThat(known.version()).isEqualTo(1);
            assertThat(known.aggregate().title()).isEqualTo("leaking case");
        });
    }

    @Test
    @DisplayName("DS-7.2.1 checking an aggregate's audit trail needs its permission; a job checks by document id")
    void givenAuditTrail_whenVerified_thenIntactForAnAuditor() {
        opened("t-1", "leaking case");

        AuditVerification checked = tickets.verify(AUDITOR, AUDIT, new TicketId("t-1"));

        assertThat(checked.isIntact()).isTrue();
        assertThat(checked.entries()).isEqualTo(1);
        assertThat(tickets.verify("t-1")).isEqualTo(checked);
        assertThatThrownBy(() -> tickets.verify(CLERK, AUDIT, new TicketId("t-1"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("a missing id is an invalid command naming the id, not a null-pointer failure")
    void givenNoId_whenRequired_thenInvalidCommandNamingTheId() {
        assertThatThrownBy(() -> Aggregates.require(null))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.command()).isEqualTo("Id");
                assertThat(e.fields()).containsExactly("id");
            });
        assertThat(Aggregates.require(new TicketId("t-1"))).isEqualTo("t-1");
    }

    @Test
    @DisplayName("rules that need more than the command join its own violations: both are listed")
    void givenOwnAndMoreViolations_whenAccepted_thenBothListed() {
        assertThatThrownBy(() -> pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "x", "x"),
            command -> List.of(Violation.constraint("text", "Size", "DS-4.3.2"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("copy", "text"));
    }

    @Test
    @DisplayName("rules that need more than the command are judged even when the command's own rules pass")
    void givenOnlyMoreViolations_whenAccepted_thenThoseListed() {
        assertThatThrownBy(() -> pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "x", null),
            command -> List.of(Violation.constraint("text", "Size", "DS-4.3.2"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("text");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-4.3.2");
            });
    }

    @Test
    @DisplayName("with nothing more to object, the command's own cross-field rules still refuse it")
    void givenOnlyOwnViolations_whenAccepted_thenThoseListed() {
        assertThatThrownBy(() -> pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "x", "x"),
            command -> List.of()))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("copy"));
    }

    @Test
    @DisplayName("a command with neither its own nor more violations is accepted")
    void givenNoViolations_whenAccepted_thenWritable() {
        opened("t-1", "leaking case");

        Ticket noted = pipeline.accept(CLERK, new NoteTicket(new TicketId("t-1"), "called", null), command -> List.of())
            .write(work -> work.change(tickets, new TicketId("t-1"), ticket -> ticket.note("called", clock.instant())));

        assertThat(noted.notes()).containsExactly("called");
    }

    @Test
    @DisplayName("DS-7.2.2 whether an actor holds a permission, to show or mask what is read")
    void givenActors_whenAskedWhetherAllowed_thenByTheirRoles() {
        assertThat(pipeline.allows(CLERK, READ)).isTrue();
        assertThat(pipeline.allows(WORKER, READ)).isFalse();
        assertThat(pipeline.clock()).isSameAs(clock);
    }
}
