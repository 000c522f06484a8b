package dev.directsupply.persistence.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections can be cut at a chosen moment, as a network failure would: before
 * the commit (while a statement runs), during the commit (before or after the server commits), or
 * after the commit returned. Wrap a source without a pool, so closing a connection really disconnects
 * and the server rolls back whatever it had not committed.
 */
final class FaultyDataSource implements DataSource {

    /** Where the connection breaks. */
    enum Fault {
        /** Nothing breaks. */
        NONE,
        /** A statement whose SQL starts with the trigger fails and the connection drops. */
        STATEMENT_CUTS_CONNECTION,
        /** A statement whose SQL starts with the trigger fails with a deadlock (40P01); the connection lives. */
        STATEMENT_DEADLOCKS,
        /** The connection drops as the commit is sent: the server never commits. */
        COMMIT_LOST_BEFORE_SERVER,
        /** The server commits, then the connection drops before the reply arrives. */
        COMMIT_REPLY_LOST,
        /** The commit returns; the connection drops when it is handed back. */
        AFTER_COMMIT
    }

    private final DataSource real;
    private volatile Fault fault = Fault.NONE;
    private volatile String trigger = "";

    FaultyDataSource(DataSource real) {
        this.real = real;
    }

    /** Breaks the next connections at {@code fault}; {@code trigger} chooses the statement where relevant. */
    void breakAt(Fault fault, String trigger) {
        this.fault = fault;
        this.trigger = trigger;
    }

    private static SQLException connectionLost() {
        return new SQLException("An I/O error occurred while sending to the backend (cut by the test)", "08006");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(real.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        Fault at = fault;
        String on = trigger;
        boolean[] committed = {false};
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                PreparedStatement statement = (PreparedStatement) invoke(connection, method, args);
                return sql.startsWith(on) && !on.isEmpty() ? statement(connection, statement, at) : statement;
            }
            if (name.equals("commit")) {
                switch (at) {
                    case COMMIT_LOST_BEFORE_SERVER -> {
                        connection.close();
                        throw connectionLost();
                    }
                    case COMMIT_REPLY_LOST -> {
                        connection.commit();
                        connection.close();
                        throw connectionLost();
                    }
                    default -> {
                        connection.commit();
                        committed[0] = true;
                        return null;
                    }
                }
            }
            if (at == Fault.AFTER_COMMIT && committed[0] && (name.equals("setAutoCommit") || name.equals("close"))) {
                connection.close();
                throw connectionLost();
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            handler);
    }

    private static PreparedStatement statement(Connection connection, PreparedStatement statement, Fault at) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("executeUpdate") || name.equals("executeBatch") || name.equals("execute")) {
                if (at == Fault.STATEMENT_CUTS_CONNECTION) {
                    connection.close();
                    throw connectionLost();
                }
                if (at == Fault.STATEMENT_DEADLOCKS) {
                    throw new SQLException("deadlock detected (raised by the test)", "40P01");
                }
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return real.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return real.isWrapperFor(type);
    }
}
