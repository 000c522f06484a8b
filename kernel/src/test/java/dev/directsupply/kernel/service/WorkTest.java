package dev.directsupply.kernel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.kernel.service.PipelineTest.NoteTicket;
import dev.directsupply.kernel.service.PipelineTest.OpenTicket;
import dev.directsupply.kernel.service.PipelineTest.Opened;
import dev.directsupply.kernel.service.PipelineTest.Ticket;
import dev.directsupply.kernel.service.PipelineTest.TicketId;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import jakarta.validation.Validation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One attempt at an accepted command: what it reads, what it writes together, and what it undoes when not stored. */
class WorkTest {
    private static final Actor CLERK = Actor.of("li.na", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore memory = new InMemoryDocumentStore();
    private final Pipeline pipeline = new Pipeline(memory,
        AccessPolicy.builder().grant(PipelineTest.OPEN, Role.CUSTOMER_SERVICE)
            .grant(PipelineTest.NOTE, Role.CUSTOMER_SERVICE).build(), PipelineTest.onRecord(CLERK),
        new StoredAssignments(memory), new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
        AuditSeal.unkeyed(), clock);
    private final Aggregates<Ticket> tickets = pipeline.aggregates("tickets", JsonDocuments.of(Ticket.class, 1,
        ticket -> ticket.id().value(), ticket -> Map.of()));
    private final TicketId id = new TicketId("t-1");

    private Accepted<OpenTicket> open() {
        return pipeline.accept(CLERK, new OpenTicket(id, "leaking case"));
    }

    private Accepted<NoteTicket> note() {
        return pipeline.accept(CLERK, new NoteTicket(id, "called back", null));
    }

    @Test
    @DisplayName("a work names who acts and the clock decisions read the time from")
    void givenAcceptedCommand_whenWritten_thenWorkNamesActorAndClock() {
        List<Object> seen = new ArrayList<>();

        open().write(work -> {
            seen.add(work.actor());
            seen.add(work.clock());
            return null;
        });

        assertThat(seen).containsExactly(CLERK, clock);
    }

    @Test
    @DisplayName("a created aggregate comes back as it will be stored, and is stored once the work commits")
    void givenCreate_whenWritten_thenReturnedAndStored() {
        Ticket made = open().write(work -> work.create(tickets, Changed.to(new Ticket(id, "leaking case", List.of()),
            new Opened(id, clock.instant()))));

        assertThat(made).isEqualTo(new Ticket(id, "leaking case", List.of()));
        assertThat(tickets.stored("t-1")).get().extracting(Versioned::aggregate).isEqualTo(made);
    }

    @Test
    @DisplayName("a work finds what is stored now by id, and nothing under an unknown id")
    void givenStoredAggregate_whenFound_thenPresentElseEmpty() {
        open().write(work -> work.create(tickets, Changed.to(new Ticket(id, "leaking case", List.of()))));
        List<Optional<Versioned<Ticket>>> found = new ArrayList<>();

        note().write(work -> {
            found.add(work.find(tickets, "t-1"));
            found.add(work.find(tickets, "t-9"));
            return null;
        });

        assertThat(found.get(0)).get().extracting(versioned -> versioned.aggregate().title()).isEqualTo("leaking case");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    @DisplayName("a claim on a unique value is stored with the aggregate, and a later work sees that it is held")
    void givenClaimWrittenAlongside_whenLaterWorkAsks_thenHeld() {
        List<Boolean> held = new ArrayList<>();

        open().write(work -> {
            held.add(work.holds("ticket-titles", "leaking-case"));
            work.alongside(DocumentWrite.create("ticket-titles", "leaking-case", "{}", Map.of()));
            return work.create(tickets, Changed.to(new Ticket(id, "leaking case", List.of())));
        });
        note().write(work -> held.add(work.holds("ticket-titles", "leaking-case")));

        assertThat(held).containsExactly(false, true);
    }

    @Test
    @DisplayName("what to undo runs last-asked first, with the failure, before the failure reaches the caller")
    void givenTwoUndos_whenWorkFails_thenUndoneInReverseOrder() {
        List<String> undone = new ArrayList<>();
        IllegalStateException refused = new IllegalStateException("refused");

        assertThatThrownBy(() -> open().write(work -> {
            work.onFailure(failure -> undone.add("credit released after " + failure.getMessage()));
            work.onFailure(failure -> undone.add("plan unbooked after " + failure.getMessage()));
            throw refused;
        })).isSameAs(refused);
        assertThat(undone).containsExactly("plan unbooked after refused", "credit released after refused");
    }

    @Test
    @DisplayName("an undo that fails itself is kept with the failure, and the undos before it still run")
    void givenFailingUndo_whenWorkFails_thenSuppressedOnTheFailureAndOthersRun() {
        List<String> undone = new ArrayList<>();
        IllegalStateException undoFailed = new IllegalStateException("the credit service is down");

        assertThatThrownBy(() -> open().write(work -> {
            work.onFailure(failure -> undone.add("plan unbooked"));
            work.onFailure(failure -> {
                throw undoFailed;
            });
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class)
            .satisfies(failure -> assertThat(failure.getSuppressed()).containsExactly(undoFailed));
        assertThat(undone).containsExactly("plan unbooked");
    }

    @Test
    @DisplayName("a work that succeeds undoes nothing")
    void givenUndo_whenWorkSucceeds_thenNotRun() {
        List<String> undone = new ArrayList<>();

        open().write(work -> {
            work.onFailure(failure -> undone.add("undone"));
            return work.create(tickets, Changed.to(new Ticket(id, "leaking case", List.of())));
        });

        assertThat(undone).isEmpty();
    }
}
