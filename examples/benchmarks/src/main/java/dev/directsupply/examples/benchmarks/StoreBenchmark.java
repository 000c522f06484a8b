package dev.directsupply.examples.benchmarks;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.VersionConflict;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory store's versioned single-document update (read, then write naming the version read,
 * with the attribute index kept current) beside the least a hand-written store does: a
 * {@link ConcurrentHashMap#compute} that checks the version and swaps the body. The goal is at least
 * half the baseline's throughput.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBenchmark {
    private static final String BODY = "{\"counter\": 1, \"name\": \"上海味道餐饮管理有限公司\", \"tier\": \"MEDIUM\"}";

    private static final Map<String, String> MEDIUM = Map.of("tier", "MEDIUM");
    private static final Map<String, String> LARGE = Map.of("tier", "LARGE");

    @Param({"1000"})
    int documents;

    private InMemoryDocumentStore store;
    private ConcurrentHashMap<String, Versioned> baseline;
    private String[] ids;
    private int next;

    /** What the baseline keeps per document. */
    record Versioned(long version, String body) {
    }

    @Setup
    public void setUp() {
        store = new InMemoryDocumentStore();
        baseline = new ConcurrentHashMap<>();
        ids = new String[documents];
        for (int i = 0; i < documents; i++) {
            ids[i] = "customer-" + i;
            store.write(WriteBatch.of(DocumentWrite.create("customers", ids[i], BODY, MEDIUM)));
            baseline.put(ids[i], new Versioned(1, BODY));
        }
    }

    private String nextId() {
        next = next + 1 == ids.length ? 0 : next + 1;
        return ids[next];
    }

    /** The usual update: the body changes, the indexed values stay (a purchase, a contact). */
    @Benchmark
    public Document sdkInMemoryStore() {
        String id = nextId();
        Document current = store.read("customers", id).orElseThrow();
        store.write(WriteBatch.of(DocumentWrite.update("customers", id, current.version(), BODY, MEDIUM)));
        return current;
    }

    /** The rarer update that moves an indexed value (a reclassification), so the index moves too. */
    @Benchmark
    public Document sdkInMemoryStoreMovingIndex() {
        String id = nextId();
        Document current = store.read("customers", id).orElseThrow();
        Map<String, String> tier = (current.version() & 1) == 0 ? MEDIUM : LARGE;
        store.write(WriteBatch.of(DocumentWrite.update("customers", id, current.version(), BODY, tier)));
        return current;
    }

    @Benchmark
    public Versioned baselineConcurrentHashMapCompute() {
        String id = nextId();
        Versioned read = baseline.get(id);
        long expected = read.version();
        return baseline.compute(id, (key, current) -> {
            if (current == null || current.version() != expected) {
                throw new VersionConflict("customers", key, expected, current == null ? 0 : current.version());
            }
            return new Versioned(expected + 1, BODY);
        });
    }
}
