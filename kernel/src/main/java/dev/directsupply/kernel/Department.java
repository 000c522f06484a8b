package dev.directsupply.kernel;

/** The departments the policy names; segregation of duties is checked against them. */
public enum Department implements Messages.Localized {
    SALES,
    FINANCE,
    CREDIT,
    MANAGEMENT,
    PRODUCTION,
    LOGISTICS,
    QUALITY,
    CUSTOMER_SERVICE,
    AUDIT,
    INFORMATION_TECHNOLOGY,
    /** The SDK's automated actors. */
    SYSTEM;

    @Override
    public String labelKey() {
        return "kernel.department." + name();
    }
}
