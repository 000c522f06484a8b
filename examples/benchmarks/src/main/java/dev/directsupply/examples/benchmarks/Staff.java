package dev.directsupply.examples.benchmarks;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;

/** The people the benchmarks act as, each with the confidentiality agreement their work needs. */
final class Staff {
    static final Actor SALES = person("li.na", Department.SALES, Role.SALES);
    static final Actor SALES_MANAGER = person("wang.fang", Department.SALES, Role.SALES_MANAGER);
    static final Actor FINANCE = person("zhao.lei", Department.FINANCE, Role.FINANCE);
    static final Actor CREDIT = person("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);
    static final Actor PRODUCTION = person("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION);
    static final Actor LOGISTICS = person("wu.gang", Department.LOGISTICS, Role.LOGISTICS);

    private Staff() {
    }

    private static Actor person(String id, Department department, Role role) {
        return Actor.of(id, department, role).withConfidentialityAgreement();
    }
}
