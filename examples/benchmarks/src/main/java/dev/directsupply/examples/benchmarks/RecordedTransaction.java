package dev.directsupply.examples.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A committed transaction's writing statements as {@link CountingDataSource} saw them — SQL text,
 * parameters as bound, update counts — for {@link TransactionReplay} to run again. Reads are not kept.
 *
 * @param executions the execute calls of its INSERT, UPDATE and DELETE statements, in the order they ran
 * @param autocommit whether it was one statement run in autocommit mode rather than ended by {@code commit()}
 */
public record RecordedTransaction(List<Execution> executions, boolean autocommit) {
    public RecordedTransaction {
        executions = List.copyOf(executions);
    }

    /**
     * One execute call.
     *
     * @param sql          the SQL text prepared
     * @param rows         the parameters of each statement: one row, or one per row of a batch
     * @param batch        whether it ran as {@code executeBatch} rather than {@code executeUpdate}
     * @param updateCounts the rows each statement changed, as the driver reported them
     */
    public record Execution(String sql, List<List<Binding>> rows, boolean batch, List<Integer> updateCounts) {
        public Execution {
            rows = rows.stream().map(List::copyOf).toList();
            updateCounts = List.copyOf(updateCounts);
        }
    }

    /** One parameter as it was bound: the {@code PreparedStatement} setter and its arguments, index first. */
    public static final class Binding {
        private final Method setter;
        private final Object[] arguments;

        Binding(Method setter, Object[] arguments) {
            this.setter = setter;
            this.arguments = arguments.clone();
            for (int i = 0; i < this.arguments.length; i++) {
                if (this.arguments[i] instanceof byte[] bytes) {
                    this.arguments[i] = bytes.clone();
                }
            }
        }

        /** The parameter's position, from 1. */
        public int index() {
            return (Integer) arguments[0];
        }

        /** Binds the same value the same way on another statement. */
        public void bind(PreparedStatement statement) throws SQLException {
            try {
                setter.invoke(statement, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException("binding parameter " + index() + " failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + setter, e);
            }
        }

        /** The UTF-8 length of the value when it is a String, its length when byte[], else 0. */
        public long bytes() {
            long bytes = 0;
            for (int i = 1; i < arguments.length; i++) {
                bytes += bytesOf(arguments[i]);
            }
            return bytes;
        }

        static long bytesOf(Object value) {
            if (value instanceof byte[] bytes) {
                return bytes.length;
            }
            if (value instanceof String text) {
                return utf8Length(text);
            }
            return 0;
        }

        private static long utf8Length(String text) {
            long length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    length++;
                } else if (c < 0x800) {
                    length += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                    length += 4;
                    i++;
                } else {
                    length += 3;
                }
            }
            return length;
        }

        @Override
        public String toString() {
            Object value = arguments.length > 1 ? arguments[1] : null;
            String shown = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(value);
            return setter.getName() + "(" + index() + ", " + shown + ")";
        }
    }
}
