package dev.directsupply.sdk.internal.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One subscriber's ledger, a document of its own in {@code relay-inbox} named after the subscriber: the
 * events it received that may still come round (their outbox sequence at or above the lowest pending
 * one), its last success and failure, its failures in a row and the rest they earned it. One document
 * per subscriber, whatever the number of events: a receipt is dropped as soon as its event is
 * dispatched, because only a pending event can be handed out again.
 *
 * @param subscriber     the subscriber's name
 * @param receipts       the events received that were still pending when last written, by sequence
 * @param lastSuccess    when it last took an event, or {@code null}
 * @param lastFailure    when it last failed, or {@code null}
 * @param failuresInARow failures since its last success
 * @param restingUntil   until when the relay calls it no more, or {@code null}
 */
public record Ledger(String subscriber, List<Receipt> receipts, Instant lastSuccess, Instant lastFailure,
                     int failuresInARow, Instant restingUntil) {

    /** An event received, by its outbox sequence. */
    public record Receipt(long sequence, UUID eventId) {
    }

    public Ledger {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** A subscriber nothing was noted for yet. */
    public static Ledger empty(String subscriber) {
        return new Ledger(subscriber, List.of(), null, null, 0, null);
    }

    public boolean received(UUID eventId) {
        for (Receipt receipt : receipts) {
            if (receipt.eventId().equals(eventId)) {
                return true;
            }
        }
        return false;
    }

    public boolean resting(Instant now) {
        return restingUntil != null && restingUntil.isAfter(now);
    }

    /** After a success: the receipt (unless the event is dispatched already), the time, no failures in a row. */
    public Ledger succeeded(long sequence, UUID eventId, Instant at, long lowestPending) {
        List<Receipt> kept = trimmed(lowestPending);
        if (sequence >= lowestPending && !received(eventId)) {
            kept.add(new Receipt(sequence, eventId));
        }
        Instant last = lastSuccess == null || at.isAfter(lastSuccess) ? at : lastSuccess;
        return new Ledger(subscriber, kept, last, lastFailure, 0, null);
    }

    /** After a failure: one more in a row, resting until the time given. */
    public Ledger failed(Instant at, Instant until, long lowestPending) {
        return new Ledger(subscriber, trimmed(lowestPending), lastSuccess, at, failuresInARow + 1, until);
    }

    /** Without the receipts of dispatched events. */
    public Ledger pruned(long lowestPending) {
        return new Ledger(subscriber, trimmed(lowestPending), lastSuccess, lastFailure, failuresInARow, restingUntil);
    }

    private List<Receipt> trimmed(long lowestPending) {
        List<Receipt> kept = new ArrayList<>(receipts.size() + 1);
        for (Receipt receipt : receipts) {
            if (receipt.sequence() >= lowestPending) {
                kept.add(receipt);
            }
        }
        return kept;
    }
}
