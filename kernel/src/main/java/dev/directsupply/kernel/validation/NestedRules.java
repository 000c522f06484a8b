package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the rules across fields of a value and of the records nested in it — a component that is a record
 * with rules of its own, or a collection of them — each violation named by its path from the value
 * ({@code details.security.guarantee}, {@code lines[1].unit}). Which components can hold such a record is
 * worked out once per record type.
 */
final class NestedRules {
    /** The components of a record type that may hold records with rules, in declaration order. */
    private static final ClassValue<List<Nested>> NESTED = new ClassValue<>() {
        @Override
        protected List<Nested> computeValue(Class<?> type) {
            List<Nested> nested = new ArrayList<>();
            if (!type.isRecord()) {
                return List.of();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (holdsRules(component.getType())) {
                    nested.add(new Nested(component.getName(), component.getAccessor(), false));
                } else if (Collection.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments().length == 1
                    && holdsRules(generic.getActualTypeArguments()[0])) {
                    nested.add(new Nested(component.getName(), component.getAccessor(), true));
                }
            }
            return List.copyOf(nested);
        }
    };

    private NestedRules() {
    }

    static List<Violation> of(Object value) {
        List<Violation> found = new ArrayList<>();
        collect(value, "", found);
        return found;
    }

    private static void collect(Object value, String path, List<Violation> found) {
        if (value == null) {
            return;
        }
        if (value instanceof CrossFieldRules rules) {
            for (Violation violation : rules.crossFieldViolations()) {
                found.add(path.isEmpty() ? violation : new Violation(path + violation.field(), violation.code(),
                    violation.rule(), violation.english(), violation.chinese()));
            }
        }
        for (Nested nested : NESTED.get(value.getClass())) {
            Object part = nested.read(value);
            if (!nested.many()) {
                collect(part, path + nested.name() + ".", found);
            } else if (part instanceof Collection<?> parts) {
                int i = 0;
                for (Object each : parts) {
                    collect(each, path + nested.name() + "[" + i++ + "].", found);
                }
            }
        }
    }

    private static boolean holdsRules(Type type) {
        return type instanceof Class<?> klass && klass.isRecord()
            && (CrossFieldRules.class.isAssignableFrom(klass) || !NESTED.get(klass).isEmpty());
    }

    private record Nested(String name, Method accessor, boolean many) {
        Object read(Object owner) {
            try {
                return accessor.invoke(owner);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("cannot read " + name + " of " + owner.getClass(), unreadable);
            }
        }
    }
}
