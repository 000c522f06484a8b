package dev.directsupply.kernel;

import java.util.Objects;

/**
 * Two steps of one duty that the policy gives to two different people (segregation of duties): whoever
 * took the first may not take the second. The defaults hold every separation a module declares; a host
 * may let one person take both steps of a separation it names ({@link AccessPolicy.Builder#relax}).
 *
 * @param code the separation's name, {@code <module>.<first>-then-<second>}, as the host configures it
 * @param rule the policy requirement it serves, e.g. {@code DS-4.1.2}
 */
public record SeparatedDuty(String code, String rule) {
    public SeparatedDuty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }
}
