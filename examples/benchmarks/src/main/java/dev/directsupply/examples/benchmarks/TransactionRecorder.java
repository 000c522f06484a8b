package dev.directsupply.examples.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the transactions a {@link CountingDataSource} hands over, in commit order; thread-safe. */
public final class TransactionRecorder implements Consumer<RecordedTransaction> {
    private final List<RecordedTransaction> transactions = new ArrayList<>();

    @Override
    public synchronized void accept(RecordedTransaction transaction) {
        transactions.add(transaction);
    }

    /** The transactions kept so far. */
    public synchronized List<RecordedTransaction> transactions() {
        return List.copyOf(transactions);
    }

    /** Forgets what was kept: recording starts afresh. */
    public synchronized void clear() {
        transactions.clear();
    }
}
