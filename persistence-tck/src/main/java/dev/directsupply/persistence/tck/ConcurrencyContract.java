package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once lose no update: every attempt either succeeds or is a conflict (a
 * {@link StoreConflict}: a stale version, or a transaction the database aborted for concurrency),
 * and the stored state counts exactly the successes. Adapters may scale the load with {@link #threads()}
 * and {@link #attemptsPerThread()}.
 */
public interface ConcurrencyContract extends StoreUnderTest {

    /** How many writers run at once. */
    default int threads() {
        return 8;
    }

    /** How many read-modify-write attempts each writer makes. */
    default int attemptsPerThread() {
        return 200;
    }

    private Race race(Race.Attempt attempt) throws Exception {
        return Race.run(threads(), attemptsPerThread(), thread -> attempt);
    }

    @Test
    @DisplayName("many threads updating one document: successes + conflicts = attempts and no update is lost")
    default void givenManyWriters_whenEachReadsModifiesWrites_thenNoLostUpdate() throws Exception {
        create("counter", 0, Map.of("parity", "even"));

        Race race = race(() -> {
            Document current = store().read(collection(), "counter").orElseThrow();
            int next = StoreUnderTest.counter(current.body()) + 1;
            store().write(WriteBatch.builder()
                .write(DocumentWrite.update(collection(), "counter", current.version(), body(next),
                    Map.of("parity", next % 2 == 0 ? "even" : "odd")))
                .event(event("counter", current.version() + 1, "Incremented"))
                .build());
        });

        Document last = store().read(collection(), "counter").orElseThrow();
        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes() + race.conflicts()).isEqualTo(threads() * attemptsPerThread());
        assertThat(race.successes()).isPositive();
        assertThat(last.version()).isEqualTo(1L + race.successes());
        assertThat(StoreUnderTest.counter(last.body())).isEqualTo(race.successes());
        assertThat(pendingOfThisTest()).hasSize(race.successes());
        assertThat(store().findBy(collection(), "parity", race.successes() % 2 == 0 ? "even" : "odd"))
            .extracting(Document::id).containsExactly("counter");
    }

    @Test
    @DisplayName("many threads writing two documents per batch: both always move together")
    default void givenManyWritersOfPairs_whenRacing_thenBatchesStayAtomic() throws Exception {
        create("left", 0, Map.of());
        create("right", 0, Map.of());

        Race race = race(() -> {
            Document left = store().read(collection(), "left").orElseThrow();
            Document right = store().read(collection(), "right").orElseThrow();
            store().write(WriteBatch.builder()
                .write(DocumentWrite.update(collection(), "left", left.version(),
                    body(StoreUnderTest.counter(left.body()) + 1), Map.of()))
                .write(DocumentWrite.update(collection(), "right", right.version(),
                    body(StoreUnderTest.counter(right.body()) + 1), Map.of()))
                .build());
        });

        Document left = store().read(collection(), "left").orElseThrow();
        Document right = store().read(collection(), "right").orElseThrow();
        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes() + race.conflicts()).isEqualTo(threads() * attemptsPerThread());
        assertThat(left.version()).isEqualTo(right.version()).isEqualTo(1L + race.successes());
        assertThat(StoreUnderTest.counter(left.body())).isEqualTo(StoreUnderTest.counter(right.body()))
            .isEqualTo(race.successes());
    }

    @Test
    @DisplayName("many threads creating the same document: exactly one succeeds")
    default void givenManyCreatorsOfOneId_whenRacing_thenExactlyOneWins() throws Exception {
        AtomicInteger round = new AtomicInteger();
        Race race = race(() -> store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "only-one", body(round.incrementAndGet()), Map.of()))
            .event(event("only-one", 1, "Created"))
            .build()));

        assertThat(race.unexpected()).as("only conflicts may fail a write").isNull();
        assertThat(race.successes()).isEqualTo(1);
        assertThat(race.conflicts()).isEqualTo(threads() * attemptsPerThread() - 1);
        assertThat(pendingOfThisTest()).hasSize(1);
    }
}
