package dev.directsupply.sdk;

import dev.directsupply.persistence.OutboxEvent;
import java.time.Instant;

/**
 * An event parked for one subscriber, from {@link EventRelay#parked(dev.directsupply.kernel.Actor)}: it
 * carries the event's payload (customer information), so only holders of {@link EventRelay#INSPECT} see it.
 *
 * @param subscriber the subscriber it is parked for
 * @param event      the event, payload included
 * @param attempts   the failed calls
 * @param error      the last failure, in English
 * @param parkedAt   when it was parked (or last tried again)
 */
public record ParkedEvent(String subscriber, OutboxEvent event, int attempts, String error, Instant parkedAt) {
}
