package dev.directsupply.examples.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JDBC benchmarks against one embedded PostgreSQL shared by every fork, so the adapter and
 * raw JDBC are measured on the same server in the same run. The server is durable
 * ({@link DurablePostgres}: fsync, synchronous commit and full-page writes on; a session may turn
 * synchronous commit off, as {@code JdbcStoreBenchmark}'s parameter does) and its settings are printed
 * first. Takes JMH's usual arguments:
 * {@code java -cp examples/benchmarks/target/benchmarks.jar dev.directsupply.examples.benchmarks.JdbcBenchmarks -prof gc}.
 */
public final class JdbcBenchmarks {
    private JdbcBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = DurablePostgres.start()) {
            System.out.println(ServerSettings.of(postgres.getPostgresDatabase()).describe());
            String url = postgres.getJdbcUrl("postgres", "postgres");
            CommandLineOptions given = new CommandLineOptions(args);
            OptionsBuilder options = new OptionsBuilder();
            options.parent(given).jvmArgsAppend("-D" + JdbcStoreBenchmark.SERVER_URL + "=" + url);
            if (given.getIncludes().isEmpty()) {
                options.include(JdbcStoreBenchmark.class.getSimpleName());
            }
            new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("the JDBC benchmarks failed", e);
        }
    }
}
