package dev.directsupply.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks still run: every one of them, once, briefly, in this JVM, at its smallest size. It
 * measures nothing (the numbers come from the benchmark jar, see docs/benchmarks.md); it catches a
 * benchmark broken by a change — a setup that no longer works, an order no longer approved.
 */
class BenchmarksSmokeTest {
    private static final List<Class<?>> SUITE = List.of(StoreBenchmark.class, JdbcStoreBenchmark.class,
        DomainLifecycleBenchmark.class, ServiceLifecycleBenchmark.class, OrderLifecycleBenchmark.class,
        CreditCheckBenchmark.class, ScaleBenchmark.class, EventEncodingBenchmark.class, JsonColumnBenchmark.class);

    @Test
    @DisplayName("every benchmark of the suite runs one short iteration without failing")
    void givenTheSuite_whenEachRunsOnce_thenAllComplete() throws Exception {
        Options quick = new OptionsBuilder()
            .include(BenchmarksSmokeTest.class.getPackageName() + ".*Benchmark")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(200))
            .param("size", "10000")
            .param("synchronousCommit", "off")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();

        Collection<RunResult> results = new Runner(quick).run();

        Set<String> ran = new TreeSet<>();
        results.forEach(result -> ran.add(result.getParams().getBenchmark()));
        Set<String> declared = new TreeSet<>();
        SUITE.forEach(type -> Stream.of(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
            .map(Method::getName).forEach(name -> declared.add(type.getName() + "." + name)));
        assertThat(ran).isEqualTo(declared);
    }
}
