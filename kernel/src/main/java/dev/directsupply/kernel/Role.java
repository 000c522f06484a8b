package dev.directsupply.kernel;

/**
 * The roles the policy gives duties to. A host maps its own roles onto these when it builds an
 * {@link Actor}; an {@link AccessPolicy} grants permissions to roles.
 */
public enum Role implements Messages.Localized {
    /** Sales staff: develop and serve customers, take orders (DS-3.1, DS-4.1.1). */
    SALES,
    /** Sales or business department manager: preliminary review, classification (DS-3.4 step 2). */
    SALES_MANAGER,
    /** Finance staff: receivables, invoices, payments (DS-6.2.1). */
    FINANCE,
    /** Credit management: credit evaluation and limits (DS-3.4 step 3, DS-6.2.1). */
    CREDIT_MANAGER,
    /** Management or the decision body: final review, strategic importance (DS-3.4 step 5). */
    MANAGEMENT,
    /** Production planning (DS-4.1.3). */
    PRODUCTION,
    /** Logistics and delivery (DS-4.2). */
    LOGISTICS,
    /** Quality (DS-6.2.3). */
    QUALITY,
    /** After-sales and customer service (DS-4.3). */
    CUSTOMER_SERVICE,
    /** Reads audit trails, changes nothing (DS-7.2.1). */
    AUDITOR,
    /** The SDK's own automated work: event subscribers, scheduled re-evaluations. */
    SYSTEM;

    @Override
    public String labelKey() {
        return "kernel.role." + name();
    }
}
