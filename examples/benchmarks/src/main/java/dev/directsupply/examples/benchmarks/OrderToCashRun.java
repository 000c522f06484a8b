package dev.directsupply.examples.benchmarks;

/**
 * One variant's orders in one round: how many, how long, and what went over JDBC.
 *
 * @param orders orders taken from submission to closing
 * @param nanos  the time they took, all hosts together
 * @param counts what the variant asked of JDBC meanwhile
 * @param cpu    the CPU time this JVM and the server used meanwhile
 */
record OrderToCashRun(int orders, long nanos, JdbcCounts counts, CpuMeter.Used cpu) {
    double ordersPerSecond() {
        return orders * 1e9 / nanos;
    }
}
