package dev.directsupply.examples.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * An embedded PostgreSQL that makes each commit durable, as a production server does. Zonky's
 * {@code EmbeddedPostgres} starts the server with {@code -F} (fsync off) and
 * {@code synchronous_commit=off} unless told otherwise, which turns a commit into a memory write;
 * this turns fsync, synchronous commit and full-page writes back on. Check what a server runs with
 * by {@link ServerSettings#of}.
 */
public final class DurablePostgres {
    private DurablePostgres() {
    }

    /** A builder with fsync, synchronous commit and full-page writes on, to add settings to. */
    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
    }

    /** Starts a durable server. */
    public static EmbeddedPostgres start() throws IOException {
        return builder().start();
    }
}
