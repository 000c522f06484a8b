package dev.directsupply.kernel.parameters;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One section of a policy file and the record it is read into, as a module declares it: the key
 * ({@code orders}), the record type, and the classpath resource holding the section's defaults (the
 * values POLICY.md gives, or the company's choice where the policy leaves one open).
 *
 * @param key      the section's key in a policy file
 * @param type     the record the section is read into; its components carry Jakarta constraints
 * @param defaults a classpath resource, a JSON object with this section under {@code key}
 * @param <P>      the section's record type
 */
public record ParameterSection<P>(String key, Class<P> type, String defaults) {
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    public ParameterSection {
        if (key == null || !KEY.matcher(key).matches() || key.equals(PolicyParameters.VERSION)) {
            throw new IllegalArgumentException("a section key is a camelCase word other than 'version', not " + key);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
    }

    public static <P> ParameterSection<P> of(String key, Class<P> type, String defaults) {
        return new ParameterSection<>(key, type, defaults);
    }
}
