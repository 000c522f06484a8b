package dev.directsupply.persistence.jdbc;

import dev.directsupply.persistence.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the adapter speaks, and what differs between them. */
public enum Dialect {
    /** PostgreSQL 13 or later: JSON bodies and payloads, JSONB attributes looked up through a GIN index. */
    POSTGRESQL("postgresql", "CAST(? AS JSONB)", "CAST(? AS JSON)", " FOR UPDATE SKIP LOCKED", false),
    /** H2 2.x, embedded in memory or in a file, or as a server: attributes in their own table. */
    H2("h2", "?", "?", " FOR UPDATE", true);

    private final String folder;
    private final String jsonParameter;
    private final String wholeJsonParameter;
    private final String lockPendingEvents;
    private final boolean attributeTable;

    Dialect(String folder, String jsonParameter, String wholeJsonParameter, String lockPendingEvents,
            boolean attributeTable) {
        this.folder = folder;
        this.jsonParameter = jsonParameter;
        this.wholeJsonParameter = wholeJsonParameter;
        this.lockPendingEvents = lockPendingEvents;
        this.attributeTable = attributeTable;
    }

    /** The dialect of the database behind a connection. */
    public static Dialect of(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("cannot tell which database this is", e);
        }
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new StoreException("the JDBC store supports PostgreSQL and H2, not " + product);
    }

    /** The class-path folder of this dialect's migration scripts. */
    public String migrationFolder() {
        return "dev/directsupply/persistence/jdbc/migration/" + folder;
    }

    /** How a JSON parameter the database looks inside (attributes) is written in SQL. */
    String jsonParameter() {
        return jsonParameter;
    }

    /**
     * How a JSON parameter kept and read back whole is written in SQL: a document's body, an event's
     * payload. The store never looks inside them, so PostgreSQL keeps them as checked text (ADR 0038).
     */
    String wholeJsonParameter() {
        return wholeJsonParameter;
    }

    /** Whether attributes are indexed in the ds_attributes table (else in the documents' JSONB column). */
    boolean attributeTable() {
        return attributeTable;
    }

    /** The locking clause that lets several relays share the outbox. */
    String lockPendingEvents() {
        return lockPendingEvents;
    }
}
