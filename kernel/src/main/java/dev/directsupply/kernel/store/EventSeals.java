package dev.directsupply.kernel.store;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an outbox event against the sealed audit entry of the change that raised it (DS-7.2.1),
 * before a subscriber acts on it. Every change's entry lists a seal per event
 * ({@link AuditSeal#eventSeal}: its id, type, aggregate, version, time and canonical payload, keyed
 * as the chain is), so an event whose payload or type was edited in the outbox, or an event forged
 * into it, matches no seal of an intact entry. With an audit key nobody without it can make a
 * matching entry; without one the check catches careless edits only, as the chain does.
 * An event whose change this SDK instance committed lately is checked against the seal it remembers
 * from that write ({@link AuditSeal#committedSeal}), without reading the entry back; any other event
 * reads its entry. Thread-safe.
 */
public final class EventSeals {
    /** The name of the list of event seals in an audit entry's detail. */
    static final String SEALS = "seals";
    private static final String SEALS_START = "\"" + SEALS + "\":[";

    private final DocumentStore store;
    private final AuditSeal seal;
    private final EventCodec codec;

    /**
     * @param seal  the SDK's audit seal, with the host's key when it has one
     * @param codec the codec that wrote the payloads, for their canonical form
     *              ({@code JsonEventCodec.INSTANCE} for the SDK's events)
     */
    public EventSeals(DocumentStore store, AuditSeal seal, EventCodec codec) {
        this.store = Objects.requireNonNull(store, "store");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** Whether the event is the one its change sealed; see {@link EventVerification}. */
    public EventVerification verify(OutboxEvent event) {
        Objects.requireNonNull(event, "event");
        Optional<String> committed = seal.committedSeal(event.eventId());
        if (committed.isPresent() && committed.get().equals(sealOf(event))) {
            // This SDK instance committed the change and remembers the seal its entry lists.
            return new EventVerification(event.eventId(), EventVerification.Status.SEALED, List.of());
        }
        String where = event.collection() + "/" + event.aggregateId() + " version " + event.aggregateVersion();
        Optional<AuditEntry> found = store.auditEntry(event.collection(), event.aggregateId(),
            event.aggregateVersion());
        if (found.isEmpty()) {
            return broken(event, "no audit entry records " + where + ": nothing vouches for the event");
        }
        AuditEntry entry = found.get();
        if (!seal.isIntact(entry)) {
            return broken(event, "the audit entry of " + where + " was altered: its hash does not match");
        }
        Optional<List<String>> seals = seals(entry.detail());
        if (seals.isEmpty()) {
            return new EventVerification(event.eventId(), EventVerification.Status.UNSEALED, List.of());
        }
        String canonical;
        try {
            canonical = codec.canonical(event.payload());
        } catch (RuntimeException unreadable) {
            return broken(event, "the event's payload cannot be read: " + unreadable.getMessage());
        }
        if (!seals.get().contains(seal.eventSeal(event, canonical))) {
            return broken(event, "the event differs from every event the change at " + where
                + " sealed: its payload, type, time or id was edited, or it was forged");
        }
        return new EventVerification(event.eventId(), EventVerification.Status.SEALED, List.of());
    }

    /** The event's seal as handed out, or null when its payload cannot be read. */
    private String sealOf(OutboxEvent event) {
        try {
            return seal.eventSeal(event, codec.canonical(event.payload()));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static EventVerification broken(OutboxEvent event, String problem) {
        return new EventVerification(event.eventId(), EventVerification.Status.BROKEN, List.of(problem));
    }

    /** The event seals an entry's detail lists, or empty when it lists none (written before they were). */
    static Optional<List<String>> seals(String detail) {
        int start = detail.indexOf(SEALS_START);
        if (start < 0) {
            return Optional.empty();
        }
        int from = start + SEALS_START.length();
        int end = detail.indexOf(']', from);
        if (end < 0) {
            return Optional.of(List.of());
        }
        List<String> seals = new ArrayList<>();
        for (String quoted : detail.substring(from, end).split(",")) {
            String value = quoted.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                seals.add(value.substring(1, value.length() - 1));
            }
        }
        return Optional.of(seals);
    }
}
