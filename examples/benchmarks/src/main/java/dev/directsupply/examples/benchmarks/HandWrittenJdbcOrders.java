package dev.directsupply.examples.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The least an application on raw JDBC does for the same order-to-cash: its own tables (orders with a
 * status column, an audit table, invoices) and one transaction per step — submit inserts the order,
 * each of the six steps after it moves the status by a guarded update
 * ({@code UPDATE ... SET status = ? WHERE id = ? AND status = ?}, refused unless it changed one row),
 * and every step inserts an audit row; accepting also inserts the invoice. No events, no outbox, no
 * relay, no checks beyond the status: 7 commits, 15 statements and 22 round trips per order.
 */
final class HandWrittenJdbcOrders {
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS hw_orders (id VARCHAR(64) PRIMARY KEY, customer VARCHAR(64) NOT NULL, "
            + "idempotency_key VARCHAR(64) NOT NULL, product VARCHAR(32) NOT NULL, quantity NUMERIC NOT NULL, "
            + "unit VARCHAR(16) NOT NULL, unit_price NUMERIC NOT NULL, delivery_date DATE NOT NULL, "
            + "delivery_place VARCHAR(32) NOT NULL, status VARCHAR(16) NOT NULL, UNIQUE (customer, idempotency_key))",
        "CREATE TABLE IF NOT EXISTS hw_audit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            + "order_id VARCHAR(64) NOT NULL, step VARCHAR(16) NOT NULL, actor VARCHAR(64) NOT NULL, "
            + "at TIMESTAMPTZ NOT NULL)",
        "CREATE TABLE IF NOT EXISTS hw_invoices (order_id VARCHAR(64) PRIMARY KEY, customer VARCHAR(64) NOT NULL, "
            + "amount NUMERIC NOT NULL, issued DATE NOT NULL)",
    };
    private static final String INSERT_ORDER = "INSERT INTO hw_orders (id, customer, idempotency_key, product, "
        + "quantity, unit, unit_price, delivery_date, delivery_place, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE = "UPDATE hw_orders SET status = ? WHERE id = ? AND status = ?";
    private static final String AUDIT = "INSERT INTO hw_audit (order_id, step, actor, at) VALUES (?, ?, ?, ?)";
    private static final String INVOICE = "INSERT INTO hw_invoices (order_id, customer, amount, issued) "
        + "VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Clock clock;

    HandWrittenJdbcOrders(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Creates the tables unless they exist. */
    void createTables() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : SCHEMA) {
                statement.execute(table);
            }
        }
    }

    /** One order from submission to closing: seven transactions. */
    void orderToCash(String id, String customer, String key) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ORDER)) {
                insert.setString(1, id);
                insert.setString(2, customer);
                insert.setString(3, key);
                insert.setString(4, OrderLifecycleBenchmark.VINEGAR.value());
                insert.setBigDecimal(5, OrderLifecycleBenchmark.CASES);
                insert.setString(6, "case");
                insert.setBigDecimal(7, OrderLifecycleBenchmark.PRICE);
                insert.setObject(8, today.plusDays(10));
                insert.setString(9, "SH-WH1");
                insert.setString(10, "RECEIVED");
                insert.executeUpdate();
            }
            audit(connection, id, "submit", "li.na");
        });
        move(id, "RECEIVED", "APPROVED", "review", "li.na");
        move(id, "APPROVED", "RELEASED", "release", "zhou.qiang");
        move(id, "RELEASED", "SHIPPED", "ship", "wu.gang");
        move(id, "SHIPPED", "DELIVERED", "confirmDelivery", "wu.gang");
        inTransaction(connection -> {
            guardedMove(connection, id, "DELIVERED", "ACCEPTED");
            audit(connection, id, "accept", "li.na");
            try (PreparedStatement invoice = connection.prepareStatement(INVOICE)) {
                invoice.setString(1, id);
                invoice.setString(2, customer);
                invoice.setBigDecimal(3, OrderLifecycleBenchmark.CASES.multiply(OrderLifecycleBenchmark.PRICE));
                invoice.setObject(4, today);
                invoice.executeUpdate();
            }
        });
        move(id, "ACCEPTED", "CLOSED", "close", "li.na");
    }

    /** How many of the orders are CLOSED. */
    long closed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM hw_orders WHERE status = 'CLOSED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void move(String id, String from, String to, String step, String actor) throws SQLException {
        inTransaction(connection -> {
            guardedMove(connection, id, from, to);
            audit(connection, id, step, actor);
        });
    }

    private static void guardedMove(Connection connection, String id, String from, String to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(MOVE)) {
            update.setString(1, to);
            update.setString(2, id);
            update.setString(3, from);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("order " + id + " is not " + from);
            }
        }
    }

    private void audit(Connection connection, String id, String step, String actor) throws SQLException {
        try (PreparedStatement audit = connection.prepareStatement(AUDIT)) {
            audit.setString(1, id);
            audit.setString(2, step);
            audit.setString(3, actor);
            audit.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            audit.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
