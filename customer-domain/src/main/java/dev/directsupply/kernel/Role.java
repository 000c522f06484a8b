package dev.directsupply.kernel;

import java.util.Locale;

/**
 * The roles the policy gives duties to. A host maps its own roles onto these when it builds an
 * {@link Actor}; an {@link AccessPolicy} grants permissions to roles.
 */
public enum Role implements Messages.Localized {
    /** Sales staff: develop and serve customers, take orders (DS-3.1, DS-4.1.1). */
    SALES("Sales", "销售"),
    /** Sales or business department manager: preliminary review, classification (DS-3.4 step 2). */
    SALES_MANAGER("Sales manager", "销售经理"),
    /** Finance staff: receivables, invoices, payments (DS-6.2.1). */
    FINANCE("Finance", "财务"),
    /** Credit management: credit evaluation and limits (DS-3.4 step 3, DS-6.2.1). */
    CREDIT_MANAGER("Credit manager", "信用管理"),
    /** Management or the decision body: final review, strategic importance (DS-3.4 step 5). */
    MANAGEMENT("Management", "管理层"),
    /** Production planning (DS-4.1.3). */
    PRODUCTION("Production", "生产"),
    /** Logistics and delivery (DS-4.2). */
    LOGISTICS("Logistics", "物流"),
    /** Quality (DS-6.2.3). */
    QUALITY("Quality", "质量"),
    /** After-sales and customer service (DS-4.3). */
    CUSTOMER_SERVICE("Customer service", "客户服务"),
    /** Reads audit trails, changes nothing (DS-7.2.1). */
    AUDITOR("Auditor", "审计"),
    /** The SDK's own automated work: event subscribers, scheduled re-evaluations. */
    SYSTEM("System", "系统");

    private final String english;
    private final String chinese;

    Role(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
