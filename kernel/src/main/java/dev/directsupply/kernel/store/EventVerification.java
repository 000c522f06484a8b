package dev.directsupply.kernel.store;

import java.util.List;
import java.util.UUID;

/**
 * Whether one outbox event is the event its change sealed (DS-7.2.1): see {@link EventSeals}.
 *
 * @param eventId  the event's id
 * @param status   sealed and matching, written before events were sealed, or not to be trusted
 * @param problems why it is not to be trusted, one sentence each; empty unless {@link Status#BROKEN}
 */
public record EventVerification(UUID eventId, Status status, List<String> problems) {

    /** What the check found. */
    public enum Status {
        /** The sealed audit entry of the change lists this very event. */
        SEALED,
        /**
         * The change's audit entry is intact but lists no event seals: it was written by an SDK before
         * events were sealed, so nothing vouches for the event either way.
         */
        UNSEALED,
        /** The event differs from what its change sealed, or no intact entry vouches for it. */
        BROKEN
    }

    public EventVerification {
        problems = List.copyOf(problems);
    }

    /** Whether the event is exactly what its sealed change raised. */
    public boolean isIntact() {
        return status == Status.SEALED;
    }
}
