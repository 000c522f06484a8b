package dev.directsupply.kernel.parameters;

import dev.directsupply.kernel.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** What a parameter must be, named in each language when a file gives something else. */
enum ValueKind implements Messages.Localized {
    NUMBER, WHOLE_NUMBER, TEXT, TRUE_OR_FALSE, SECTION, LIST, DATE, CODE;

    @Override
    public String labelKey() {
        return "kernel.parameter.kind." + name();
    }

    static ValueKind of(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
            || type == BigInteger.class || type == short.class || type == Short.class || type == byte.class
            || type == Byte.class) {
            return WHOLE_NUMBER;
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class
            || Number.class.isAssignableFrom(type)) {
            return NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return TRUE_OR_FALSE;
        }
        if (type == String.class) {
            return TEXT;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type.isEnum() || type == java.util.Currency.class) {
            return CODE;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return LIST;
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return SECTION;
        }
        return TEXT;
    }
}
