package dev.directsupply.examples.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A data source that counts what its caller does over JDBC: it wraps the data source, its
 * connections and their statements in {@link Proxy proxies} and counts into {@link JdbcCounters}
 * — statements, round trips (each execute, executeQuery, executeUpdate, executeBatch, commit and
 * rollback call), commits ({@code commit()} calls and statements run in autocommit mode), and the
 * UTF-8 bytes of the String and byte[] parameters of the writing statements of committed transactions.
 * A statement writes when its SQL starts with INSERT, UPDATE, DELETE, MERGE or a DDL keyword; a
 * {@code SELECT ... FOR UPDATE} only locks and counts as a read.
 *
 * <p>Given a recorder, it also hands over each committed transaction that wrote, with its writing
 * statements and their parameters, as a {@link RecordedTransaction}. A transaction rolled back, or
 * left open when its connection is closed (a pool rolls it back), is not recorded and its bytes are not
 * counted; one that wrote counts as aborted.
 *
 * <p>Counts what the caller asks of JDBC above the pool: what the pool or the driver does by itself
 * (validating an idle connection, say) is not seen. Plain {@code Statement} batches of SQL texts are
 * not supported.
 */
public final class CountingDataSource {
    private static final Set<String> WRITING = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER",
        "DROP", "TRUNCATE", "COMMENT", "GRANT", "REVOKE");
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
        "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private CountingDataSource() {
    }

    /** The data source, counting into the counters. */
    public static DataSource wrap(DataSource target, JdbcCounters counters) {
        return wrap(target, counters, null);
    }

    /** The data source, counting into the counters and handing each committed writing transaction to the recorder. */
    public static DataSource wrap(DataSource target, JdbcCounters counters, Consumer<RecordedTransaction> recorder) {
        return proxy(DataSource.class, (proxy, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Connection connection
                ? proxy(Connection.class, new ConnectionHandler(connection, counters, recorder)) : result;
        });
    }

    /** Whether the SQL text changes the database: INSERT, UPDATE, DELETE, MERGE, or DDL. */
    public static boolean writes(String sql) {
        int start = 0;
        while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return WRITING.contains(sql.substring(start, end).toUpperCase(Locale.ROOT));
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
            handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One connection: it follows the transaction under way. */
    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection target;
        private final JdbcCounters counters;
        private final Consumer<RecordedTransaction> recorder;
        private boolean open;
        private boolean writing;
        private long bytes;
        private List<RecordedTransaction.Execution> executions = new ArrayList<>();

        ConnectionHandler(Connection target, JdbcCounters counters, Consumer<RecordedTransaction> recorder) {
            this.target = target;
            this.counters = counters;
            this.recorder = recorder;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement":
                    return proxy(PreparedStatement.class,
                        new StatementHandler(this, call(target, method, args), (String) args[0]));
                case "prepareCall":
                    return proxy(CallableStatement.class,
                        new StatementHandler(this, call(target, method, args), (String) args[0]));
                case "createStatement":
                    return proxy(Statement.class, new StatementHandler(this, call(target, method, args), null));
                case "commit":
                    long committing = System.nanoTime();
                    call(target, method, args);
                    counters.commitCalled(System.nanoTime() - committing);
                    ended(false);
                    return null;
                case "rollback":
                    long rollingBack = System.nanoTime();
                    Object result = call(target, method, args);
                    counters.rollbackCalled(System.nanoTime() - rollingBack);
                    if (args == null) {
                        forget();
                    }
                    return result;
                case "setAutoCommit":
                    boolean implicitCommit = (Boolean) args[0] && !target.getAutoCommit() && open;
                    call(target, method, args);
                    if (implicitCommit) {
                        // Turning autocommit on commits the transaction under way.
                        ended(false);
                    }
                    return null;
                case "close":
                    forget();
                    return call(target, method, args);
                default:
                    return call(target, method, args);
            }
        }

        /** One execute call went through. */
        void executed(String sql, int count, long nanos, boolean writes, long written,
                      RecordedTransaction.Execution execution) throws SQLException {
            counters.executed(sql, count, nanos);
            if (target.getAutoCommit()) {
                counters.ended(writes, written);
                if (writes && recorder != null) {
                    recorder.accept(new RecordedTransaction(List.of(execution), true));
                }
                return;
            }
            open = true;
            if (writes) {
                writing = true;
                bytes += written;
                if (recorder != null) {
                    executions.add(execution);
                }
            }
        }

        /** Whether executions are kept for a recorder. */
        boolean recording() {
            return recorder != null;
        }

        private void ended(boolean autocommit) {
            counters.ended(writing, bytes);
            if (writing && recorder != null) {
                recorder.accept(new RecordedTransaction(executions, autocommit));
            }
            writing = false;
            forget();
        }

        private void forget() {
            if (writing) {
                counters.aborted();
            }
            open = false;
            writing = false;
            bytes = 0;
            if (!executions.isEmpty()) {
                executions = new ArrayList<>();
            }
        }
    }

    /** One statement: it follows the parameters bound and the rows batched. */
    private static final class StatementHandler implements InvocationHandler {
        private final ConnectionHandler connection;
        private final Object target;
        private final String sql;
        private final boolean writes;
        private final TreeMap<Integer, RecordedTransaction.Binding> parameters = new TreeMap<>();
        private final List<List<RecordedTransaction.Binding>> batch = new ArrayList<>();

        StatementHandler(ConnectionHandler connection, Object target, String sql) {
            this.connection = connection;
            this.target = target;
            this.sql = sql;
            this.writes = sql != null && writes(sql);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (isParameterSetter(method, args)) {
                parameters.put((Integer) args[0], new RecordedTransaction.Binding(method, args));
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.equals("addBatch")) {
                if (args != null) {
                    throw new UnsupportedOperationException("batches of SQL texts are not counted");
                }
                batch.add(List.copyOf(parameters.values()));
            } else if (name.equals("clearBatch")) {
                batch.clear();
            } else if (EXECUTIONS.contains(name)) {
                return execute(method, args);
            }
            return call(target, method, args);
        }

        private static boolean isParameterSetter(Method method, Object[] args) {
            return method.getName().startsWith("set") && args != null && args.length >= 2
                && method.getParameterTypes()[0] == int.class;
        }

        private Object execute(Method method, Object[] args) throws Throwable {
            boolean batched = method.getName().endsWith("Batch");
            String text = args != null && args.length > 0 ? (String) args[0] : sql;
            boolean writing = args != null && args.length > 0 ? writes(text) : writes;
            List<List<RecordedTransaction.Binding>> rows = batched ? List.copyOf(batch)
                : List.of(List.copyOf(parameters.values()));
            if (batched) {
                batch.clear();
            }
            Object result;
            long started = System.nanoTime();
            try {
                result = call(target, method, args);
            } catch (Throwable failure) {
                connection.counters.executed(text, rows.size(), System.nanoTime() - started);
                throw failure;
            }
            long nanos = System.nanoTime() - started;
            long written = writing ? bytes(rows) : 0;
            RecordedTransaction.Execution execution = writing && connection.recording()
                ? new RecordedTransaction.Execution(text, rows, batched, updateCounts(result)) : null;
            connection.executed(text, rows.size(), nanos, writing, written, execution);
            return result;
        }

        private static long bytes(List<List<RecordedTransaction.Binding>> rows) {
            long bytes = 0;
            for (List<RecordedTransaction.Binding> row : rows) {
                for (RecordedTransaction.Binding binding : row) {
                    bytes += binding.bytes();
                }
            }
            return bytes;
        }

        private static List<Integer> updateCounts(Object result) {
            if (result instanceof int[] counts) {
                List<Integer> list = new ArrayList<>(counts.length);
                for (int count : counts) {
                    list.add(count);
                }
                return list;
            }
            if (result instanceof long[] counts) {
                List<Integer> list = new ArrayList<>(counts.length);
                for (long count : counts) {
                    list.add((int) count);
                }
                return list;
            }
            if (result instanceof Number count) {
                return List.of(count.intValue());
            }
            return List.of(-1);
        }
    }
}
