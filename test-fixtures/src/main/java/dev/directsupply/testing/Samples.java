package dev.directsupply.testing;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.Money;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A sample of any record of the SDK, every component filled with a plain value of its type: the text
 * of its name, 1, 1.00 CNY, 2026-03-15, the first constant of an enum, one element in a list, a nested
 * record sampled the same way. The same record always gives the same sample, which is what a golden
 * test of an event's JSON needs.
 */
public final class Samples {
    private static final Instant AT = Instant.parse("2026-03-15T01:00:00Z");

    private Samples() {
    }

    /** A sample of the record type. */
    public static <R> R of(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getGenericType());
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            canonical.trySetAccessible();
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a sample " + type.getSimpleName() + " cannot be made: "
                + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(String name, Type generic) {
        Class<?> raw = generic instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
            : (Class<?>) generic;
        if (raw == String.class) {
            return name;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("0.5");
        }
        if (raw == Money.class) {
            return Money.cny("1.00");
        }
        if (raw == Currency.class) {
            return Money.CNY;
        }
        if (raw == Instant.class) {
            return AT;
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse("2026-03-15");
        }
        if (raw == YearMonth.class) {
            return YearMonth.parse("2026-03");
        }
        if (raw == ActorId.class) {
            return ActorId.of("li.na");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord() && Identifier.class.isAssignableFrom(raw)) {
            try {
                Constructor<?> constructor = raw.getDeclaredConstructor(String.class);
                constructor.trySetAccessible();
                return constructor.newInstance(raw.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-1");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        Type[] arguments = generic instanceof ParameterizedType parameterized
            ? parameterized.getActualTypeArguments() : new Type[0];
        if (raw == List.class) {
            return List.of(value(name, arguments[0]));
        }
        if (raw == Set.class) {
            return Set.of(value(name, arguments[0]));
        }
        if (raw == Map.class || raw == SortedMap.class) {
            Map<Object, Object> map = new TreeMap<>();
            map.put(value(name, arguments[0]), value(name, arguments[1]));
            return raw == SortedMap.class ? map : Map.copyOf(map);
        }
        throw new IllegalArgumentException("no sample for " + generic + " (" + name + ")");
    }
}
