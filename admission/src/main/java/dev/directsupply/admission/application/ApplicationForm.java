package dev.directsupply.admission.application;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Require;
import java.util.List;

/**
 * The application form of DS-3.4 step 1: business information, purchase needs and intent, the
 * qualification documents, the storage and transport conditions the prospect declares (DS-3.3.3), the
 * security offered (DS-3.3.2) and the strategic importance sales expects (DS-2.2.3).
 *
 * @param capabilities the conditions the prospect declares it has, e.g. {@code COLD_CHAIN_STORAGE}, named as
 *                     the admission parameters' product requirements name them
 */
public record ApplicationForm(String businessInformation, PurchaseNeeds needs, List<QualificationDocument> documents,
                              List<String> capabilities, SecurityOffer security,
                              StrategicImportance expectedImportance) {
    public ApplicationForm {
        Require.nonNull(businessInformation, "businessInformation", needs, "needs", documents, "documents",
            capabilities, "capabilities", security, "security", expectedImportance, "expectedImportance");
        documents = List.copyOf(documents);
        capabilities = List.copyOf(capabilities);
    }
}
