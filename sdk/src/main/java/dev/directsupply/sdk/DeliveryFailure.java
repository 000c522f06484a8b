package dev.directsupply.sdk;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One subscriber failing on one event, as the {@link RelayListener} hears it.
 *
 * @param subscriber  the subscriber's name
 * @param eventType   the event's type name
 * @param eventId     the event
 * @param aggregate   the aggregate the event belongs to, {@code collection/id}
 * @param attempts    the failed calls so far, this one included
 * @param error       what the subscriber threw; a {@code TimeoutException} when it did not answer in time
 * @param nextAttempt when the event is tried again, or {@code null} when it is parked
 */
public record DeliveryFailure(String subscriber, String eventType, UUID eventId, String aggregate, int attempts,
                              Throwable error, Instant nextAttempt) {

    public DeliveryFailure {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the event is parked for the subscriber. */
    public boolean parked() {
        return nextAttempt == null;
    }
}
