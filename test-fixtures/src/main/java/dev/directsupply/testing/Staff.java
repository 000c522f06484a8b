package dev.directsupply.testing;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.agreement.AgreementDesk;
import dev.directsupply.kernel.agreement.RecordConfidentialityAgreement;
import java.time.LocalDate;
import java.util.List;

/**
 * The people tests, examples and benchmarks act as: one per role, each in the department the policy
 * puts the role in. Each has signed the confidentiality agreement their work needs (DS-7.2.3), which
 * {@link ModuleHarness} puts on record ({@link #agreementOf}); a person without one is simply not recorded.
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

    /** Every one of them. */
    public static final List<Actor> ALL = List.of(SALES, SALES_MANAGER, FINANCE, CREDIT, MANAGEMENT, PRODUCTION,
        LOGISTICS, QUALITY, CUSTOMER_SERVICE, AUDITOR);

    private Staff() {
    }

    private static Actor person(String id, Department department, Role role) {
        return Actor.of(id, department, role);
    }

    /**
     * Management puts the people's agreements on record in the register (DS-7.2.3), as a host does when
     * people sign; with no one named, every member of the staff's.
     */
    public static void putOnRecord(AgreementDesk register, Actor... people) {
        for (Actor person : people.length == 0 ? ALL.toArray(Actor[]::new) : people) {
            register.record(MANAGEMENT, agreementOf(person));
        }
    }

    /** The agreement the person signed when they joined: in force from 2020 on, with no end. */
    public static RecordConfidentialityAgreement agreementOf(Actor person) {
        return new RecordConfidentialityAgreement(person.id().value(), "NDA-" + person.id().value(),
            LocalDate.parse("2020-01-01"), null);
    }
}
