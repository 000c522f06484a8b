package dev.directsupply.risk.register.internal;

import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.risk.register.Risk;
import java.util.Map;

/** How risks are stored: found by category, status, subject and whether they are open. */
public final class RiskDocuments {
    public static final JsonDocuments<Risk> RISKS = JsonDocuments.of(Risk.class, 2, risk -> risk.id().value(),
        risk -> Map.of("category", risk.category().name(), "status", risk.status().name(),
            "subject", risk.subject().toString(), "open", Boolean.toString(risk.isOpen())));

    private RiskDocuments() {
    }
}
