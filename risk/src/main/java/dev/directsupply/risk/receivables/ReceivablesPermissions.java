package dev.directsupply.risk.receivables;

import static dev.directsupply.kernel.Role.AUDITOR;
import static dev.directsupply.kernel.Role.CREDIT_MANAGER;
import static dev.directsupply.kernel.Role.FINANCE;
import static dev.directsupply.kernel.Role.MANAGEMENT;
import static dev.directsupply.kernel.Role.SALES_MANAGER;
import static dev.directsupply.kernel.Role.SYSTEM;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.SeparatedDuty;
import java.util.Map;
import java.util.Set;

/**
 * What may be done with receivables, and who may by default (DS-6.2.1). Receivables are customer
 * information: each also needs a confidentiality agreement on file (DS-7.2.3).
 */
public final class ReceivablesPermissions {
    public static final Permission ISSUE_INVOICE = Permission.onCustomerInformation("risk.issue-invoice");
    public static final Permission RECORD_PAYMENT = Permission.onCustomerInformation("risk.record-payment");
    public static final Permission WRITE_OFF = Permission.onCustomerInformation("risk.write-off");
    public static final Permission VIEW_RECEIVABLES = Permission.onCustomerInformation("risk.view-receivables");
    public static final Permission RUN_COLLECTION = Permission.onCustomerInformation("risk.run-collection");

    /** DS-6.2.1: whoever issued an invoice does not also write it off. */
    public static final SeparatedDuty ISSUE_THEN_WRITE_OFF = new SeparatedDuty("risk.issue-then-write-off", "DS-6.2.1");

    /** DS-7.2.1: checking that invoices' audit trails are intact. */
    public static final Permission VERIFY_AUDIT = Permission.onCustomerInformation("risk.verify-receivables-audit");

    public static final Map<Permission, Set<Role>> DEFAULT_GRANTS = Map.of(
        ISSUE_INVOICE, Set.of(FINANCE, SYSTEM),
        RECORD_PAYMENT, Set.of(FINANCE, SYSTEM),
        WRITE_OFF, Set.of(CREDIT_MANAGER, MANAGEMENT),
        VIEW_RECEIVABLES, Set.of(FINANCE, CREDIT_MANAGER, SALES_MANAGER, MANAGEMENT, AUDITOR, SYSTEM),
        RUN_COLLECTION, Set.of(FINANCE, CREDIT_MANAGER, SYSTEM),
        VERIFY_AUDIT, Set.of(AUDITOR, MANAGEMENT));

    private ReceivablesPermissions() {
    }
}
