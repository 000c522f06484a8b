/**
 * JMH benchmarks. Each puts the SDK beside a baseline measured in the same run, because these
 * machines are shared and only ratios taken together mean anything. Build with the README's build,
 * then run {@code java -jar examples/benchmarks/target/benchmarks.jar}. Two runners are plain
 * programs on an embedded PostgreSQL: {@link dev.directsupply.examples.benchmarks.JdbcBenchmarks}
 * and {@link dev.directsupply.examples.benchmarks.PostgresOrderToCashBenchmark}.
 */
package dev.directsupply.examples.benchmarks;
