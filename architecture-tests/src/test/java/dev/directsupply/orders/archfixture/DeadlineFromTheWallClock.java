package dev.directsupply.orders.archfixture;

import java.time.Instant;

/** Takes time from the wall clock instead of an injected Clock. */
public final class DeadlineFromTheWallClock {
    public Instant deadline() {
        return Instant.now().plusSeconds(3600);
    }
}
