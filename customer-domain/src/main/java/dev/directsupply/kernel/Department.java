package dev.directsupply.kernel;

import java.util.Locale;

/** The departments the policy names; segregation of duties is checked against them. */
public enum Department implements Messages.Localized {
    SALES("Sales", "销售部"),
    FINANCE("Finance", "财务部"),
    CREDIT("Credit management", "信用管理部"),
    MANAGEMENT("Management", "管理层"),
    PRODUCTION("Production", "生产部"),
    LOGISTICS("Logistics", "物流部"),
    QUALITY("Quality", "质量部"),
    CUSTOMER_SERVICE("Customer service", "客户服务部"),
    AUDIT("Audit", "审计部"),
    INFORMATION_TECHNOLOGY("Information technology", "信息技术部"),
    /** The SDK's automated actors. */
    SYSTEM("System", "系统");

    private final String english;
    private final String chinese;

    Department(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
