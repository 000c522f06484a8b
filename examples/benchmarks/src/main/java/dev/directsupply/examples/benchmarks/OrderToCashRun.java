package dev.directsupply.examples.benchmarks;

/**
 * One variant's orders in one round: how many, how long, and what went over JDBC.
 *
 * @param orders orders taken from submission to closing
 * @param nanos  the time they took, all hosts together
 * @param counts what the variant asked of JDBC meanwhile
 */
record OrderToCashRun(int orders, long nanos, JdbcCounts counts) {
    double ordersPerSecond() {
        return orders * 1e9 / nanos;
    }
}
