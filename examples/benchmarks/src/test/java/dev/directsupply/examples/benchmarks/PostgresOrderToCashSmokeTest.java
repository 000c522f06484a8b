package dev.directsupply.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The order-to-cash benchmark on PostgreSQL still runs: its quick profile, on an embedded server of
 * its own with zonky's test settings (fsync off: this measures nothing, it catches a variant broken by
 * a change — an order not closed, a replay that diverged, an outbox left pending).
 */
class PostgresOrderToCashSmokeTest {

    @Test
    @DisplayName("the quick profile runs every variant, counts its JDBC work, and closes every order")
    void givenTheQuickProfile_whenRun_thenEveryVariantCountsAndEveryOrderIsClosed() throws Exception {
        PostgresOrderToCashBenchmark.Profile profile = PostgresOrderToCashBenchmark.Profile.parse("--quick", "--sql");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        OrderToCashReport report;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            report = new PostgresOrderToCashBenchmark(server, profile, out).run();
        }
        PostgresOrderToCashBenchmark.print(report, profile, out);

        assertThat(report.problems()).isEmpty();
        assertThat(report.placed()).isEqualTo(20 + 20 + 10 + 2 * 10).isEqualTo(report.closed());
        assertThat(report.variants()).containsExactly(OrderToCashReport.SDK, OrderToCashReport.FLOOR,
            OrderToCashReport.HAND_WRITTEN);
        assertThat(report.hosts()).containsExactly(1, 2);
        for (String variant : report.variants()) {
            JdbcCounts counts = report.counts(variant);
            assertThat(counts.commits()).as(variant).isPositive();
            assertThat(counts.writingCommits()).as(variant).isPositive();
            assertThat(counts.statements()).as(variant).isPositive();
            assertThat(counts.roundTrips()).as(variant).isPositive();
            assertThat(counts.bytesWritten()).as(variant).isPositive();
            assertThat(report.medianOrdersPerSecond(variant)).as(variant).isPositive();
            assertThat(report.cpu(variant).jvmNanos()).as(variant + ": the JVM's CPU time").isPositive();
            assertThat(report.cpu(variant).serverNanos()).as(variant + ": the server's CPU time, from /proc")
                .isPositive();
            assertThat(report.cpu(variant).jitNanos()).as(variant + ": the JIT's compiling, within the JVM's time")
                .isNotNegative().isLessThanOrEqualTo(report.cpu(variant).jvmNanos());
        }
        for (int hosts : report.hosts()) {
            assertThat(report.counts(hosts).writingCommits()).isPositive();
            assertThat(report.medianOrdersPerSecond(hosts)).isPositive();
        }
        JdbcCounts sdk = report.counts(OrderToCashReport.SDK);
        JdbcCounts floor = report.counts(OrderToCashReport.FLOOR);
        assertThat(floor.writingCommits()).as("the floor commits what the SDK committed")
            .isEqualTo(sdk.writingCommits());
        assertThat(floor.bytesWritten()).as("the floor writes what the SDK wrote").isEqualTo(sdk.bytesWritten());
        JdbcCounts handWritten = report.counts(OrderToCashReport.HAND_WRITTEN);
        assertThat(handWritten.commits()).isEqualTo(7 * 20);
        assertThat(handWritten.statements()).isEqualTo(15 * 20);
        assertThat(handWritten.roundTrips()).isEqualTo(22 * 20);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SHOW fsync", "| variant | orders/s",
            "| hosts | orders/s", "JVM CPU ms/order | of it JIT ms/order | server CPU ms/order", "| statements/order | in commands", JdbcCounts.COMMIT);
    }
}
