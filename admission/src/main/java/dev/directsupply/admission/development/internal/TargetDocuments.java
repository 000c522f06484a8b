package dev.directsupply.admission.development.internal;

import dev.directsupply.admission.development.DevelopmentTarget;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/** How development targets are stored: found by the year their stage starts. */
public final class TargetDocuments {
    public static final JsonDocuments<DevelopmentTarget> TARGETS = JsonDocuments.of(DevelopmentTarget.class, 1,
        target -> target.id().value(),
        target -> Map.of("startYear", Integer.toString(target.period().from().getYear())));

    private TargetDocuments() {
    }
}
