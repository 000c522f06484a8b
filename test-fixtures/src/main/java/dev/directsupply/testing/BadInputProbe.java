package dev.directsupply.testing;

import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.InvalidCommand;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Bad inputs tried against a service: from one valid command, a copy per text component (nested records
 * and the first element of lists included) with a control, zero-width or bidirectional character, an
 * unpaired surrogate, and per date component a date outside 1900–2200. Each copy is sent, and its
 * outcome sorted: refused with {@link InvalidCommand} naming the component (as wanted), refused with
 * another typed error, failed untyped (any exception outside the SDK's hierarchy), or accepted. Typed
 * ids are left alone: they refuse such text when made.
 */
public final class BadInputProbe {
    /** The bad texts, each by the name the tally shows. */
    public static final Map<String, Function<String, String>> TEXTS = Map.of(
        "NUL", v -> v + "\u0000", "ESC", v -> "\u001B[31m" + v, "C1 NEL", v -> v + "\u0085",
        "zero-width space", v -> v.isEmpty() ? "\u200B" : v.charAt(0) + "\u200B" + v.substring(1),
        "byte-order mark", v -> "\uFEFF" + v, "right-to-left override", v -> "\u202E" + v,
        "isolate", v -> "\u2066" + v + "\u2069", "unpaired surrogate", v -> v + "\uD800");
    /** The bad dates. */
    public static final Map<String, LocalDate> DATES = Map.of("year -999999999", LocalDate.MIN,
        "LocalDate.MAX", LocalDate.MAX, "1899-12-31", LocalDate.of(1899, 12, 31),
        "2201-01-01", LocalDate.of(2201, 1, 1));

    /** One bad input: where it went, what it was, and how the service answered. */
    public record Tried(String command, String path, String input, Outcome outcome, String detail) {
        @Override
        public String toString() {
            return command + "." + path + " <- " + input + ": " + outcome + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    public enum Outcome { REFUSED_NAMING_THE_FIELD, REFUSED_OTHERWISE_TYPED, UNTYPED_FAILURE, ACCEPTED }

    private final List<Tried> tried = new ArrayList<>();
    private final IntSupplier writes;

    /** @param writes how many writes the store holds (pending events, say): a refusal must leave it alone */
    public BadInputProbe(IntSupplier writes) {
        this.writes = writes;
    }

    /** Tries every bad input on the command's components through the send. */
    public <C extends Record> void tryAll(C valid, Consumer<C> send) {
        List<Variant> variants = new ArrayList<>();
        walk(valid, "", x -> x, variants);
        for (Variant variant : variants) {
            tried.add(attempt(valid.getClass().getSimpleName(), variant, send));
        }
    }

    public List<Tried> tried() {
        return List.copyOf(tried);
    }

    /**
     * Prints what the module's commands met, and checks that more than {@code least} bad inputs were tried and
     * each was refused naming its field — or, for a typed id, refused when the value was made.
     */
    public void assertEachRefusedNamingTheField(String module, int least) {
        System.out.println(module + " bad inputs tried: " + tried.size() + " " + tally());
        tried.stream().filter(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .forEach(t -> System.out.println("  " + t));
        org.assertj.core.api.Assertions.assertThat(tried).hasSizeGreaterThan(least);
        org.assertj.core.api.Assertions.assertThat(tried).filteredOn(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .as("refused when the value was made (a typed id) is the only other answer")
            .allMatch(t -> t.outcome() == Outcome.REFUSED_OTHERWISE_TYPED && t.detail().endsWith("when made"));
    }

    /** How many bad inputs met each outcome. */
    public Map<Outcome, Long> tally() {
        Map<Outcome, Long> counts = new TreeMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, tried.stream().filter(t -> t.outcome() == outcome).count());
        }
        return counts;
    }

    private record Variant(String path, String input, Function<Object, Object> rebuild, Object bad) {
    }

    @SuppressWarnings("unchecked")
    private <C> Tried attempt(String command, Variant variant, Consumer<C> send) {
        int before = writes.getAsInt();
        C bad;
        try {
            bad = (C) variant.rebuild().apply(variant.bad());
        } catch (DirectSupplyException typed) {
            return new Tried(command, variant.path(), variant.input(), Outcome.REFUSED_OTHERWISE_TYPED,
                typed.getClass().getSimpleName() + " when made");
        }
        try {
            send.accept(bad);
            return new Tried(command, variant.path(), variant.input(), Outcome.ACCEPTED,
                writes.getAsInt() > before ? "stored" : "nothing stored");
        } catch (InvalidCommand refused) {
            boolean named = refused.fields().contains(variant.path());
            boolean clean = writes.getAsInt() == before;
            return new Tried(command, variant.path(), variant.input(),
                named && clean ? Outcome.REFUSED_NAMING_THE_FIELD : Outcome.REFUSED_OTHERWISE_TYPED,
                (named ? "" : "named " + refused.fields()) + (clean ? "" : " but stored"));
        } catch (DirectSupplyException typed) {
            return new Tried(command, variant.path(), variant.input(), Outcome.REFUSED_OTHERWISE_TYPED,
                typed.getClass().getSimpleName() + " " + typed.code());
        } catch (RuntimeException | StackOverflowError untyped) {
            return new Tried(command, variant.path(), variant.input(), Outcome.UNTYPED_FAILURE,
                untyped.getClass().getSimpleName() + ": "
                    + String.valueOf(untyped.getMessage()).replaceAll("\\p{Cntrl}", "?"));
        }
    }

    private static void walk(Object value, String path, Function<Object, Object> rebuild, List<Variant> out) {
        if (value instanceof String text) {
            TEXTS.forEach((name, bad) -> out.add(new Variant(path, name, rebuild, bad.apply(text))));
        } else if (value instanceof LocalDate) {
            DATES.forEach((name, bad) -> out.add(new Variant(path, name, rebuild, bad)));
        } else if (value instanceof Instant) {
            out.add(new Variant(path, "Instant.MAX", rebuild, Instant.MAX));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            walk(list.get(0), path + "[0]", element -> {
                List<Object> copy = new ArrayList<>(list);
                copy.set(0, element);
                return rebuild.apply(List.copyOf(copy));
            }, out);
        } else if (value instanceof Record record && !(value instanceof Identifier)) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                int at = i;
                // a nested record of one component is named as the component holding it
                String named = path.isEmpty() ? components[i].getName()
                    : components.length == 1 ? path : path + "." + components[i].getName();
                walk(component(record, components[i]), named, replaced -> rebuild.apply(copy(record, at, replaced)),
                    out);
            }
        }
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object copy(Record record, int index, Object replaced) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? replaced : component(record, components[i]);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
