package dev.directsupply.admission.cooperation.internal;

import dev.directsupply.admission.cooperation.CooperationAgreement;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.time.YearMonth;
import java.util.Map;

/** How cooperation agreements are stored: found by customer, and by the month they end ({@code none}: open-ended). */
public final class AgreementDocuments {
    /** The month of the agreements that do not end. */
    public static final String NO_END = "none";

    public static final JsonDocuments<CooperationAgreement> AGREEMENTS = JsonDocuments.of(CooperationAgreement.class, 1,
        agreement -> agreement.id().value(), agreement -> Map.of("customer", agreement.customerId().value(),
            "ends", agreement.endsOn().map(end -> YearMonth.from(end).toString()).orElse(NO_END)));

    private AgreementDocuments() {
    }
}
