package dev.directsupply.examples.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs recorded transactions again on another database, as they were: each on a connection borrowed
 * from the data source for it, the same SQL texts with the same parameters bound by the same setters,
 * a batch as a batch and a single statement by {@code executeUpdate}, ended by {@code commit()} (or
 * in autocommit mode if it ran so). Nothing is read. Each statement must change as many rows as it
 * did when recorded, or the replay stops: the database was not in the state the recording started from.
 */
public final class TransactionReplay {
    private final DataSource dataSource;

    public TransactionReplay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Replays the transactions in order. */
    public void replay(List<RecordedTransaction> transactions) throws SQLException {
        for (int i = 0; i < transactions.size(); i++) {
            replay(i, transactions.get(i));
        }
    }

    private void replay(int number, RecordedTransaction transaction) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (transaction.autocommit()) {
                execute(connection, number, transaction.executions().get(0));
                return;
            }
            connection.setAutoCommit(false);
            try {
                for (RecordedTransaction.Execution execution : transaction.executions()) {
                    execute(connection, number, execution);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void execute(Connection connection, int number, RecordedTransaction.Execution execution)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(execution.sql())) {
            int[] counts;
            if (execution.batch()) {
                for (List<RecordedTransaction.Binding> row : execution.rows()) {
                    bind(statement, row);
                    statement.addBatch();
                }
                counts = statement.executeBatch();
            } else {
                bind(statement, execution.rows().get(0));
                counts = new int[] {statement.executeUpdate()};
            }
            check(number, execution, counts);
        }
    }

    private static void bind(PreparedStatement statement, List<RecordedTransaction.Binding> row) throws SQLException {
        for (RecordedTransaction.Binding binding : row) {
            binding.bind(statement);
        }
    }

    private static void check(int number, RecordedTransaction.Execution execution, int[] counts) {
        List<Integer> expected = execution.updateCounts();
        for (int i = 0; i < counts.length && i < expected.size(); i++) {
            if (expected.get(i) >= 0 && expected.get(i) != counts[i]) {
                throw new IllegalStateException("the replay diverged at transaction " + number + ": "
                    + execution.sql() + " changed " + counts[i] + " rows, not " + expected.get(i));
            }
        }
    }
}
