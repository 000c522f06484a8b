package dev.directsupply.admission.application.internal;

import dev.directsupply.admission.application.Application;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/** How admission applications are stored: found by customer, status and whether they are open. */
public final class ApplicationDocuments {
    public static final JsonDocuments<Application> APPLICATIONS = JsonDocuments.of(Application.class, 1,
        application -> application.id().value(),
        application -> Map.of("customer", application.customerId().value(), "status", application.status().name(),
            "open", Boolean.toString(application.isOpen())));

    private ApplicationDocuments() {
    }
}
