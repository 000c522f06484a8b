package dev.directsupply.kernel;

import java.util.Map;

/** Nothing of that kind has that id. */
public class NotFound extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public NotFound(String kind, String id) {
        super("not-found", "", "kernel.error.not-found", Map.of("kind", kind, "id", id));
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for, e.g. {@code customers}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
