package dev.directsupply.persistence;

import java.util.Map;

/**
 * Checks the shape of the names the SPI passes around, so every adapter can rely on them. The
 * checks run on every read and write, so they are plain character loops rather than regular expressions.
 */
final class Names {
    static final int MAX_NAME_LENGTH = 63;
    static final int MAX_ID_LENGTH = 128;
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 256;

    private Names() {
    }

    /** A collection: a lower-case letter, then lower-case letters, digits, {@code _ . -}; at most 63. */
    static String collection(String collection) {
        if (!isName(collection, false)) {
            throw new IllegalArgumentException("a collection name is a lower-case letter followed by up to 62 "
                + "lower-case letters, digits or _ . - but was '" + collection + "'");
        }
        return collection;
    }

    /** An attribute: a letter, then letters, digits, {@code _ . -}; at most 63. */
    static String attribute(String name) {
        if (!isName(name, true)) {
            throw new IllegalArgumentException("an attribute name is a letter followed by up to 62 letters, "
                + "digits or _ . - but was '" + name + "'");
        }
        return name;
    }

    private static boolean isName(String name, boolean upperCase) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || upperCase && c >= 'A' && c <= 'Z';
            boolean allowed = letter || i > 0 && (c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    static String id(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                "document id must be 1 to " + MAX_ID_LENGTH + " non-blank characters but was '" + id + "'");
        }
        return id;
    }

    static String attributeValue(String name, String value) {
        if (value == null || value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
            throw new IllegalArgumentException("attribute '" + name + "' must have a value of at most "
                + MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
        }
        return value;
    }

    static Map<String, String> attributes(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = Map.copyOf(attributes);
        copy.forEach((name, value) -> attributeValue(attribute(name), value));
        return copy;
    }

    static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
