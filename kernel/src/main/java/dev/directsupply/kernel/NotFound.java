package dev.directsupply.kernel;

import java.util.Map;

/**
 * Nothing of that kind has that id; {@link #arguments()} names both: {@code kind}, what was looked for
 * (e.g. {@code customers}), and {@code id}.
 */
public class NotFound extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    public NotFound(String kind, String id) {
        super("not-found", "", "kernel.error.not-found", Map.of("kind", kind, "id", id));
    }
}
