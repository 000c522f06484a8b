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

    /** Checks an id value in a compact constructor; names the id type when it is malformed. */
    static String require(String type, String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidValue.of(type, "kernel.value.identifier", "",
                Map.of("type", type, "value", String.valueOf(value)));
        }
        return value;
    }
}
