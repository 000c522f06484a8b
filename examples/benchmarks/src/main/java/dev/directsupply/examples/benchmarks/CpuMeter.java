package dev.directsupply.examples.benchmarks;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The CPU time this JVM and the PostgreSQL server have used so far, to say what an order costs each
 * of them when the two share a machine. The JVM's is its process CPU time (the benchmark's own
 * counting included), and of it the time the JIT spent compiling, as the JVM reports it. The server's is read from Linux's {@code /proc}: the postmaster's user and
 * system time with its reaped children's (backends that have ended), plus each live child's own;
 * elsewhere, or when {@code /proc} cannot be read, the server's time is unknown (-1).
 */
final class CpuMeter {
    /** Linux's clock ticks per second for {@code /proc/<pid>/stat}: {@code getconf CLK_TCK} is 100 on every common kernel. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long postmaster;

    private CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    /** A meter for the server the data source connects to, which must run on this machine. */
    static CpuMeter of(DataSource server) {
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            Long parent = stat(backend, 4);
            return new CpuMeter(parent == null ? -1 : parent);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the server for its process", e);
        }
    }

    /** The CPU time used so far. */
    Used now() {
        return new Used(jvmNanos(), jitNanos(), serverNanos());
    }

    private static long jitNanos() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit == null || !jit.isCompilationTimeMonitoringSupported() ? -1 : jit.getTotalCompilationTime() * 1_000_000;
    }

    private static long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private long serverNanos() {
        if (postmaster < 0) {
            return -1;
        }
        Long own = ticks(postmaster, true);
        if (own == null) {
            return -1;
        }
        long ticks = own;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    long pid = Long.parseLong(name);
                    Long parent = stat(pid, 4);
                    Long child = parent != null && parent == postmaster ? ticks(pid, false) : null;
                    ticks += child == null ? 0 : child;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** utime + stime, and with cutime + cstime when asked: fields 14 to 17 of {@code /proc/<pid>/stat}. */
    private static Long ticks(long pid, boolean withReapedChildren) {
        Long user = stat(pid, 14);
        Long system = stat(pid, 15);
        if (user == null || system == null) {
            return null;
        }
        if (!withReapedChildren) {
            return user + system;
        }
        Long childrenUser = stat(pid, 16);
        Long childrenSystem = stat(pid, 17);
        return childrenUser == null || childrenSystem == null ? null : user + system + childrenUser + childrenSystem;
    }

    /**
     * Field number {@code field} of {@code /proc/<pid>/stat}, counted from 1 as proc(5) does (4 is the
     * parent's pid), or null when the process is gone or the file cannot be read.
     */
    private static Long stat(long pid, int field) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name is in parentheses and may hold blanks; the fields follow its last ')'.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(fields[field - 3]);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /**
     * CPU time used, in nanoseconds; -1 where it is unknown.
     *
     * @param jvmNanos    this JVM's process
     * @param jitNanos    of it, the JIT compiling (the compiler threads' time as the JVM counts it)
     * @param serverNanos the PostgreSQL server's processes
     */
    record Used(long jvmNanos, long jitNanos, long serverNanos) {
        static final Used NONE = new Used(0, 0, 0);

        Used minus(Used earlier) {
            return new Used(difference(jvmNanos, earlier.jvmNanos), difference(jitNanos, earlier.jitNanos),
                difference(serverNanos, earlier.serverNanos));
        }

        Used plus(Used other) {
            return new Used(sum(jvmNanos, other.jvmNanos), sum(jitNanos, other.jitNanos),
                sum(serverNanos, other.serverNanos));
        }

        private static long difference(long later, long earlier) {
            return later < 0 || earlier < 0 ? -1 : later - earlier;
        }

        private static long sum(long one, long other) {
            return one < 0 || other < 0 ? -1 : one + other;
        }
    }
}
