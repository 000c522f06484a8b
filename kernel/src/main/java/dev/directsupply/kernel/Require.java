package dev.directsupply.kernel;

import java.util.Objects;

/**
 * The null checks of a record's compact constructor in one call: each value with the name of its
 * component, checked in the order given. The first that is null fails exactly as
 * {@code Objects.requireNonNull(value, name)} would, with a {@link NullPointerException} whose message
 * is the name.
 *
 * <pre>{@code
 * public Grading {
 *     Require.nonNull(grade, "grade", score, "score", report, "report", gradedAt, "gradedAt");
 * }
 * }</pre>
 *
 * <p>One overload per number of values, not varargs: records are made on every call, and a check
 * should not allocate an array each time.
 */
public final class Require {
    private Require() {
    }

    public static void nonNull(Object a, String aName, Object b, String bName) {
        Objects.requireNonNull(a, aName);
        Objects.requireNonNull(b, bName);
    }

    public static void nonNull(Object a, String aName, Object b, String bName, Object c, String cName) {
        nonNull(a, aName, b, bName);
        Objects.requireNonNull(c, cName);
    }

    public static void nonNull(Object a, String aName, Object b, String bName, Object c, String cName,
                               Object d, String dName) {
        nonNull(a, aName, b, bName, c, cName);
        Objects.requireNonNull(d, dName);
    }

    public static void nonNull(Object a, String aName, Object b, String bName, Object c, String cName,
                               Object d, String dName, Object e, String eName) {
        nonNull(a, aName, b, bName, c, cName, d, dName);
        Objects.requireNonNull(e, eName);
    }

    public static void nonNull(Object a, String aName, Object b, String bName, Object c, String cName,
                               Object d, String dName, Object e, String eName, Object f, String fName) {
        nonNull(a, aName, b, bName, c, cName, d, dName, e, eName);
        Objects.requireNonNull(f, fName);
    }

    public static void nonNull(Object a, String aName, Object b, String bName, Object c, String cName,
                               Object d, String dName, Object e, String eName, Object f, String fName,
                               Object g, String gName) {
        nonNull(a, aName, b, bName, c, cName, d, dName, e, eName, f, fName);
        Objects.requireNonNull(g, gName);
    }
}
