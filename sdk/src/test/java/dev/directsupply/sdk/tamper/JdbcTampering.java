package dev.directsupply.sdk.tamper;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/** The edits in SQL, straight on the adapter's tables, as a database administrator would make them. */
final class JdbcTampering implements Tampering {
    private final DataSource database;
    private final boolean postgres;
    private final JdbcDocumentStore store;

    JdbcTampering(DataSource database, boolean postgres) {
        this.database = database;
        this.postgres = postgres;
        this.store = JdbcDocumentStore.builder(database).build();
    }

    @Override
    public DocumentStore store() {
        return store;
    }

    private String json() {
        return postgres ? "CAST(? AS JSONB)" : "?";
    }

    @Override
    public void putRow(Document row) {
        execute("UPDATE ds_documents SET version = ?, body = " + json() + ", attributes = " + json()
                + ", audit_hash = ? WHERE collection = ? AND id = ?",
            row.version(), row.body(), object(row.attributes()), row.auditHash(), row.collection(), row.id());
        if (!postgres) {
            execute("DELETE FROM ds_attributes WHERE collection = ? AND id = ?", row.collection(), row.id());
            row.attributes().forEach((name, value) -> execute("INSERT INTO ds_attributes (collection, id, attr_name, "
                + "attr_value) VALUES (?, ?, ?, ?)", row.collection(), row.id(), name, value));
        }
    }

    @Override
    public void writeRow(String collection, String id, String body, Map<String, String> attributes) {
        if (store.read(collection, id).isPresent()) {
            execute("UPDATE ds_documents SET version = version + 1, body = " + json() + ", attributes = " + json()
                + " WHERE collection = ? AND id = ?", body, object(attributes), collection, id);
        } else {
            execute("INSERT INTO ds_documents (collection, id, version, body, attributes) VALUES (?, ?, 1, " + json()
                + ", " + json() + ")", collection, id, body, object(attributes));
        }
        if (!postgres) {
            execute("DELETE FROM ds_attributes WHERE collection = ? AND id = ?", collection, id);
            attributes.forEach((name, value) -> execute("INSERT INTO ds_attributes (collection, id, attr_name, "
                + "attr_value) VALUES (?, ?, ?, ?)", collection, id, name, value));
        }
    }

    @Override
    public void editIndex(String collection, String id, String attribute, String value) {
        if (postgres) {
            // PostgreSQL's look-ups read the attributes column through its GIN index.
            execute("UPDATE ds_documents SET attributes = jsonb_set(attributes, CAST(? AS TEXT[]), to_jsonb(CAST(? AS TEXT))) "
                + "WHERE collection = ? AND id = ?", "{" + attribute + "}", value, collection, id);
        } else {
            // H2's look-ups read the attribute table; the document's own column stays as it was.
            execute("UPDATE ds_attributes SET attr_value = ? WHERE collection = ? AND id = ? AND attr_name = ?",
                value, collection, id, attribute);
        }
    }

    @Override
    public void deleteDocument(String collection, String id) {
        execute("DELETE FROM ds_documents WHERE collection = ? AND id = ?", collection, id);
    }

    @Override
    public void deleteEntry(String collection, String id, long version) {
        execute("DELETE FROM ds_audit WHERE collection = ? AND document_id = ? AND version = ?", collection, id, version);
    }

    @Override
    public void deleteTrail(String collection, String id) {
        execute("DELETE FROM ds_audit WHERE collection = ? AND document_id = ?", collection, id);
    }

    @Override
    public void swapEntries(String collection, String id, long first, long second) {
        String move = "UPDATE ds_audit SET version = ? WHERE collection = ? AND document_id = ? AND version = ?";
        execute(move, -1L, collection, id, first);
        execute(move, first, collection, id, second);
        execute(move, second, collection, id, -1L);
    }

    @Override
    public void editPayload(UUID eventId, String payload) {
        execute("UPDATE ds_outbox SET payload = " + json() + " WHERE event_id = ?", payload, eventId);
    }

    @Override
    public DocumentStore scratch() {
        return new dev.directsupply.persistence.InMemoryDocumentStore();
    }

    @Override
    public void restore(DocumentStore scratch, String collection, String id) {
        Document document = scratch.read(collection, id).orElseThrow();
        execute("INSERT INTO ds_documents (collection, id, version, body, attributes, audit_hash) VALUES (?, ?, ?, "
                + json() + ", " + json() + ", ?)", collection, id, document.version(), document.body(),
            object(document.attributes()), document.auditHash());
        if (!postgres) {
            document.attributes().forEach((name, value) -> execute("INSERT INTO ds_attributes (collection, id, "
                + "attr_name, attr_value) VALUES (?, ?, ?, ?)", collection, id, name, value));
        }
        List<Object[]> entries = new ArrayList<>();
        for (AuditEntry entry : scratch.auditTrail(collection, id)) {
            entries.add(new Object[] {collection, id, entry.version(), entry.actorId(), entry.action(),
                OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.detail(), entry.bodyHash(),
                entry.previousHash(), entry.hash()});
        }
        batch("INSERT INTO ds_audit (collection, document_id, version, actor_id, action, occurred_at, detail, "
            + "body_hash, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
        List<Object[]> events = new ArrayList<>();
        for (PendingEvent pending : scratch.pendingEvents(Integer.MAX_VALUE)) {
            OutboxEvent event = pending.event();
            if (event.collection().equals(collection) && event.aggregateId().equals(id)) {
                events.add(new Object[] {event.eventId(), event.type(), collection, id, event.aggregateVersion(),
                    OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC), event.payload()});
            }
        }
        batch("INSERT INTO ds_outbox (event_id, type, collection, aggregate_id, aggregate_version, occurred_at, "
            + "payload) VALUES (?, ?, ?, ?, ?, ?, " + json() + ")", events);
    }

    private void batch(String sql, List<Object[]> rows) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        if (database instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // a test database goes away with the JVM anyway
            }
        }
    }

    private static String object(Map<String, String> attributes) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(attributes).forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
            .append('"').append(name).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
            .append('"'));
        return json.append('}').toString();
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
