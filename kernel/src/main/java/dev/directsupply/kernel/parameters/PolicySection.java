package dev.directsupply.kernel.parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One section of a policy parameter file: named values (text, numbers, booleans) and nested
 * sections, without any tie to a file format. Immutable.
 *
 * @param path   the dotted path of the section in its file, empty for the root
 * @param values each value is a {@code String}, {@code Number}, {@code Boolean}, a {@code List} or a nested
 *               {@code Map} of the same
 */
public record PolicySection(String path, Map<String, Object> values) {

    public PolicySection {
        Objects.requireNonNull(path, "path");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A section with no values: every parameter takes its default. */
    public static PolicySection empty(String path) {
        return new PolicySection(path, Map.of());
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** The full dotted path of a key of this section. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value of the key. */
    public Optional<Object> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The nested section under the key; an empty one when the key is absent. */
    @SuppressWarnings("unchecked")
    public PolicySection section(String key) {
        Object value = values.get(key);
        if (value instanceof Map<?, ?> nested) {
            return new PolicySection(pathOf(key), (Map<String, Object>) nested);
        }
        return empty(pathOf(key));
    }

    /** Whether the key holds a nested section. */
    public boolean isSection(String key) {
        return values.get(key) instanceof Map<?, ?>;
    }
}
