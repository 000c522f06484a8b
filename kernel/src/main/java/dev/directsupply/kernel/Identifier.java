package dev.directsupply.kernel;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A typed id: every aggregate has its own id record ({@code CustomerId}, {@code OrderId}) that
 * implements this, and aggregates refer to each other only through such ids.
 */
public interface Identifier {
    /** Letters, digits and {@code - _ . :}, 1 to 64 characters. */
    Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    String value();

    /**
     * Checks an id value in a compact constructor; names the id type when it is malformed. Ids are
     * made on every call, so the check is a character loop with the same meaning as {@link #SHAPE}.
     */
    static String require(String type, String value) {
        if (!hasShape(value)) {
            throw InvalidValue.of(type, "kernel.value.identifier", "",
                Map.of("type", type, "value", String.valueOf(value)));
        }
        return value;
    }

    /** Whether the value has the {@link #SHAPE} of an id. */
    private static boolean hasShape(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '_' && c != '.' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
