package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The input hygiene every command gets, whatever its module, without an annotation per field: a walk
 * over the command's components — records, nested records, lists, sets, maps and optionals — that
 * refuses, naming the component's path ({@code lines[0].product}, {@code inputs[industry]}):
 * <ul>
 *   <li>text with a character that cannot be seen or typed as text (DS-7.2.1: what is stored is what
 *   is shown, and every store can keep it): C0 and C1 controls and DEL; Unicode format characters
 *   (category Cf: zero-width space, joiner and non-joiner U+200B–U+200D, word joiner U+2060, the
 *   byte-order mark U+FEFF, the bidirectional marks, embeddings, overrides U+202A–U+202E and isolates
 *   U+2066–U+2069, the soft hyphen); line and paragraph separators U+2028/U+2029; and unpaired
 *   surrogates, which are not text at all. Line feed, carriage return and tab are allowed only in a
 *   component marked {@link MultiLine}; everywhere else a text is one line;</li>
 *   <li>a date outside the {@link BusinessDates} (DS-7.1.2): {@link LocalDate}, {@link Instant},
 *   {@link LocalDateTime}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link YearMonth} and
 *   {@link Year}.</li>
 * </ul>
 * A nested record of one component (a typed id, a code) is named as the component that holds it. The
 * walk goes no deeper than {@value #DEPTH} levels and looks into records and the JDK's containers only;
 * it never echoes the offending text, only the code point and its position.
 */
public final class InputHygiene {
    /** The policy requirement a hidden character violates. */
    public static final String TEXT_RULE = "DS-7.2.1";
    /** The policy requirement a date outside the range violates. */
    public static final String DATE_RULE = "DS-7.1.2";
    static final int DEPTH = 12;

    private final BusinessDates dates;

    public InputHygiene(BusinessDates dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    public BusinessDates dates() {
        return dates;
    }

    /** Every hidden character and out-of-range date in the command, by path; empty when clean. */
    public List<Violation> violations(Object command) {
        List<Violation> found = new ArrayList<>();
        walk(command, "", false, 0, found);
        return found;
    }

    /**
     * The violation of one text, or empty: the first character that is not allowed, named by its code
     * point and its position (from 1).
     *
     * @param multiLine whether line feeds, carriage returns and tabs are allowed
     */
    public static Optional<Violation> ofText(String field, String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = text.codePointAt(i);
                if (!hidden(codePoint)) {
                    i++;
                    continue;
                }
            } else if (Character.isSurrogate(c)) {
                return Optional.of(hiddenCharacter(field, codePoint, i));
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (lineBreakOrTab && !multiLine) {
                return Optional.of(Violation.of(field, "kernel.input.one-line", TEXT_RULE,
                    Map.of("character", codePointName(codePoint), "position", i + 1)));
            }
            if (!lineBreakOrTab && hidden(codePoint)) {
                return Optional.of(hiddenCharacter(field, codePoint, i));
            }
        }
        return Optional.empty();
    }

    /** Whether the code point is a control, a format character or a line or paragraph separator. */
    static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    private static Violation hiddenCharacter(String field, int codePoint, int index) {
        return Violation.of(field, "kernel.input.hidden-character", TEXT_RULE,
            Map.of("character", codePointName(codePoint), "position", index + 1));
    }

    static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private void walk(Object value, String path, boolean multiLine, int depth, List<Violation> found) {
        if (value == null || depth > DEPTH) {
            return;
        }
        String field = path.isEmpty() ? "command" : path;
        if (value instanceof CharSequence text) {
            ofText(field, text.toString(), multiLine).ifPresent(found::add);
        } else if (value instanceof LocalDate day) {
            date(field, dates.contain(day), day, found);
        } else if (value instanceof Instant instant) {
            date(field, dates.contain(instant), instant, found);
        } else if (value instanceof LocalDateTime time) {
            date(field, dates.contain(time.toLocalDate()), time, found);
        } else if (value instanceof OffsetDateTime time) {
            date(field, dates.contain(time.toInstant()), time, found);
        } else if (value instanceof ZonedDateTime time) {
            date(field, dates.contain(time.toInstant()), time, found);
        } else if (value instanceof YearMonth month) {
            date(field, !month.atEndOfMonth().isBefore(dates.earliest()) && !month.atDay(1).isAfter(dates.latest()),
                month, found);
        } else if (value instanceof Year year) {
            date(field, !year.atMonth(12).atEndOfMonth().isBefore(dates.earliest())
                && !year.atDay(1).isAfter(dates.latest()), year, found);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path, multiLine, depth + 1, found));
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                walk(element, path + "[" + i++ + "]", multiLine, depth + 1, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String at = path + "[" + keyName(entry.getKey()) + "]";
                walk(entry.getKey(), at, false, depth + 1, found);
                walk(entry.getValue(), at, multiLine, depth + 1, found);
            }
        } else if (value instanceof Record record) {
            Part[] parts = PARTS.get(record.getClass());
            for (Part part : parts) {
                String at = path.isEmpty() ? part.name() : parts.length == 1 ? path : path + "." + part.name();
                walk(part.read(record), at, multiLine || part.multiLine(), depth + 1, found);
            }
        }
    }

    private void date(String field, boolean inRange, Object value, List<Violation> found) {
        if (!inRange) {
            found.add(Violation.of(field, "kernel.input.date-range", DATE_RULE, Map.of("value", String.valueOf(value),
                "earliest", dates.earliest().toString(), "latest", dates.latest().toString())));
        }
    }

    /** A map key as a path segment: printable as it is, or with its hidden characters as code points. */
    private static String keyName(Object key) {
        String text = String.valueOf(key);
        StringBuilder name = new StringBuilder(text.length());
        text.codePoints().forEach(c -> name.append(hidden(c) ? codePointName(c) : Character.toString(c)));
        return name.toString();
    }

    /** A record's components as the walk reads them, found once per record type. */
    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Part[] parts = new Part[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                // a record the SDK cannot read (a host's, in a closed module) has its own checks
                boolean readable = accessor.trySetAccessible();
                parts[i] = new Part(components[i].getName(), components[i].isAnnotationPresent(MultiLine.class),
                    readable ? accessor : null);
            }
            return parts;
        }
    };

    /** One component of a record type: its name, whether it is free multi-line text, how to read it. */
    private record Part(String name, boolean multiLine, Method accessor) {
        Object read(Record record) {
            if (accessor == null) {
                return null;
            }
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return null;
            }
        }
    }
}
