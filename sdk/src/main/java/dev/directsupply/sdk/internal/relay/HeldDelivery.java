package dev.directsupply.sdk.internal.relay;

import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One subscriber's delivery of one event that did not go straight through, a document in
 * {@code relay-failures} named {@code subscriber:eventId}. While it waits or is parked it carries a copy
 * of the event (its payload is customer information), the attempts so far and the last error; once
 * resolved it keeps only its figures and the event without its payload, and once pruned only that.
 *
 * @param state       what became of it
 * @param subscriber  the subscriber's name
 * @param attempts    calls that failed so far (0: held back behind a failure, never tried)
 * @param error       the last failure, in English; may quote the payload
 * @param nextAttempt when it may be tried again (while waiting)
 * @param at          when it last changed
 * @param pending     the event with its outbox sequence (it comes round again only while pending); its
 *                    payload is emptied once the delivery went through
 */
public record HeldDelivery(State state, String subscriber, int attempts, String error, Instant nextAttempt,
                           Instant at, PendingEvent pending) {

    /** The stages of a held delivery. */
    public enum State {
        /** To be tried again from {@code nextAttempt}, after the subscriber's earlier events of its aggregate. */
        WAITING,
        /** Failed too often: tried again only when someone asks. */
        PARKED,
        /** Went through in the end. */
        RESOLVED,
        /** Resolved longer ago than the retention, and emptied. */
        PRUNED
    }

    /** The document attribute that lists a subscriber's waiting deliveries. */
    public static final String WAITING = "waiting";
    /** The document attribute that lists parked deliveries. */
    public static final String PARKED = "parked";
    /** The document attribute that lists every open (waiting or parked) delivery, of any subscriber. */
    public static final String OPEN = "open";
    /** The document attribute that lists resolved deliveries, for pruning. */
    public static final String RESOLVED = "resolved";

    /** The attribute of a waiting delivery that gives its outbox sequence, zero-padded. */
    public static final String SEQUENCE = "sequence";
    /** The attribute of a waiting delivery that names its aggregate. */
    public static final String AGGREGATE = "aggregate";
    /** The attribute of a waiting delivery that gives its next attempt. */
    public static final String DUE = "due";

    /** The document id: the subscriber and the event. */
    public static String id(String subscriber, OutboxEvent event) {
        return subscriber + ":" + event.eventId();
    }

    /** The event a held delivery's document id names. */
    public static UUID eventOf(String id) {
        return UUID.fromString(id.substring(id.indexOf(':') + 1));
    }

    /** The subscriber a held delivery's document id names. */
    public static String subscriberOf(String id) {
        return id.substring(0, id.indexOf(':'));
    }

    /** The event, or {@code null} for a counter left by the relay before. */
    public OutboxEvent event() {
        return pending == null ? null : pending.event();
    }

    /** The event's outbox sequence. */
    public long sequence() {
        return pending == null ? 0 : pending.sequence();
    }

    /** The aggregate the event belongs to, which orders it for the subscriber. */
    public String aggregate() {
        return event().collection() + "/" + event().aggregateId();
    }

    /** Whether it was written by this relay (a counter left by the relay before it has no state). */
    public boolean current() {
        return state != null;
    }

    /**
     * The document attributes of its state. An open one (waiting or parked) is found with every other
     * open one in one look-up, which is how the relay learns what holds a run back. A waiting one also
     * carries what the relay orders and blocks by (its sequence, aggregate and next attempt), so that a
     * subscriber's queue is sorted without reading every body.
     */
    public Map<String, String> attributes() {
        return switch (state) {
            case WAITING -> Map.of(WAITING, subscriber, OPEN, "true", SEQUENCE, String.format("%019d", sequence()),
                AGGREGATE, aggregate(), DUE, nextAttempt.toString());
            case PARKED -> Map.of(PARKED, "true", OPEN, "true");
            case RESOLVED -> Map.of(RESOLVED, "true");
            case PRUNED -> Map.of();
        };
    }

    public HeldDelivery waiting(int attemptsSoFar, String lastError, Instant next, Instant now) {
        return new HeldDelivery(State.WAITING, subscriber, attemptsSoFar, lastError, next, now, pending);
    }

    public HeldDelivery parked(int attemptsSoFar, String lastError, Instant now) {
        return new HeldDelivery(State.PARKED, subscriber, attemptsSoFar, lastError, null, now, pending);
    }

    /** Through: the event's payload and the error are dropped, the figures kept until pruned. */
    public HeldDelivery resolved(Instant now) {
        return new HeldDelivery(State.RESOLVED, subscriber, attempts, null, null, now, withoutPayload());
    }

    public HeldDelivery prunedAt(Instant now) {
        return new HeldDelivery(State.PRUNED, subscriber, 0, null, null, now, withoutPayload());
    }

    private PendingEvent withoutPayload() {
        OutboxEvent event = pending.event();
        return new PendingEvent(pending.sequence(), new OutboxEvent(event.eventId(), event.type(), event.collection(),
            event.aggregateId(), event.aggregateVersion(), event.occurredAt(), "{}"));
    }

    /**
     * What is left of a held delivery the relay could not trust and could not deliver again (its event
     * copy is gone or no longer matches its change's seal): nothing to do, no event (DS-7.2.1).
     */
    public static HeldDelivery setAside(String subscriber, Instant now) {
        return new HeldDelivery(State.PRUNED, subscriber, 0, null, null, now, null);
    }

    /** A delivery held for the first time. */
    public static HeldDelivery of(String subscriber, PendingEvent pending, Instant now) {
        return new HeldDelivery(State.WAITING, subscriber, 0, null, now, now, pending);
    }
}
