/**
 * JMH benchmarks. Each puts the SDK beside a baseline measured in the same run, because these
 * machines are shared and only ratios taken together mean anything. Build with the README's build,
 * then run {@code java -jar examples/benchmarks/target/benchmarks.jar}.
 */
package dev.directsupply.examples.benchmarks;
