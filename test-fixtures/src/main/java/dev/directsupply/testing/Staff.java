package dev.directsupply.testing;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;

/**
 * The people tests, examples and benchmarks act as: one per role, each in the department the policy
 * puts the role in and with the confidentiality agreement their work needs (DS-7.2.3). A test about
 * the agreement itself takes it away with {@code withoutConfidentialityAgreement()}.
 */
public final class Staff {
    public static final Actor SALES = person("li.na", Department.SALES, Role.SALES);
    public static final Actor SALES_MANAGER = person("wang.fang", Department.SALES, Role.SALES_MANAGER);
    public static final Actor FINANCE = person("zhao.lei", Department.FINANCE, Role.FINANCE);
    public static final Actor CREDIT = person("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);
    public static final Actor MANAGEMENT = person("chen.jie", Department.MANAGEMENT, Role.MANAGEMENT);
    public static final Actor PRODUCTION = person("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);
    public static final Actor LOGISTICS = person("wu.gang", Department.LOGISTICS, Role.LOGISTICS);
    public static final Actor QUALITY = person("sun.mei", Department.QUALITY, Role.QUALITY);
    public static final Actor CUSTOMER_SERVICE = person("he.ping", Department.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE);
    public static final Actor AUDITOR = person("sun.li", Department.AUDIT, Role.AUDITOR);

    private Staff() {
    }

    private static Actor person(String id, Department department, Role role) {
        return Actor.of(id, department, role).withConfidentialityAgreement();
    }
}
