package dev.directsupply.sdk;

import java.time.Instant;
import java.util.Optional;

/**
 * How one subscriber stands, from {@link EventRelay#health()}: figures only, no event's content.
 *
 * @param subscriber     the subscriber's name
 * @param pending        events it has still to take: those the relay holds back for it (after a failure,
 *                       or behind one) and those in the outbox not yet relayed (counted among the first
 *                       {@value EventRelay#HEALTH_SCAN} pending events)
 * @param parked         events parked for it
 * @param lastSuccess    when it last took an event, if ever
 * @param lastFailure    when it last failed, if ever
 * @param failuresInARow failures since its last success
 * @param restingUntil   until when the relay leaves it alone after failures, if it rests
 */
public record SubscriberHealth(String subscriber, int pending, int parked, Optional<Instant> lastSuccess,
                               Optional<Instant> lastFailure, int failuresInARow, Optional<Instant> restingUntil) {
}
