package dev.directsupply.persistence;

import java.util.regex.Pattern;

/** Checks the shape of the names the SPI passes around, so every adapter can rely on them. */
final class Names {
    private static final Pattern COLLECTION = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,62}");
    static final int MAX_ID_LENGTH = 128;
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 256;

    private Names() {
    }

    static String collection(String collection) {
        if (collection == null || !COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException(
                "collection must match " + COLLECTION.pattern() + " but was '" + collection + "'");
        }
        return collection;
    }

    static String id(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                "document id must be 1 to " + MAX_ID_LENGTH + " non-blank characters but was '" + id + "'");
        }
        return id;
    }

    static String attribute(String name) {
        if (name == null || !ATTRIBUTE.matcher(name).matches()) {
            throw new IllegalArgumentException(
                "attribute name must match " + ATTRIBUTE.pattern() + " but was '" + name + "'");
        }
        return name;
    }

    static String attributeValue(String name, String value) {
        if (value == null || value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
            throw new IllegalArgumentException("attribute '" + name + "' must have a value of at most "
                + MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
        }
        return value;
    }

    static java.util.Map<String, String> attributes(java.util.Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return java.util.Map.of();
        }
        attributes.forEach((name, value) -> attributeValue(attribute(name), value));
        return java.util.Map.copyOf(attributes);
    }

    static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
