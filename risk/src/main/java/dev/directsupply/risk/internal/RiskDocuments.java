package dev.directsupply.risk.internal;

import dev.directsupply.kernel.codec.SnapshotDocuments;
import dev.directsupply.kernel.store.DocumentCodec;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.internal.Snapshots.CreditAccountSnapshot;
import dev.directsupply.risk.internal.Snapshots.CreditReportSnapshot;
import dev.directsupply.risk.internal.Snapshots.InvoiceSnapshot;
import dev.directsupply.risk.internal.Snapshots.RiskSnapshot;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.register.Risk;
import java.util.HashMap;
import java.util.Map;

/** How the risk module's aggregates are stored, and what each is looked up by. */
public final class RiskDocuments {
    private static final RiskSnapshotMapper MAPPER = RiskSnapshotMapper.INSTANCE;
    private static final int LAYOUT = Snapshots.SCHEMA_VERSION;

    /** Credit accounts, one per customer, found by grade. */
    public static final DocumentCodec<CreditAccount> ACCOUNTS = new SnapshotDocuments<>(CreditAccountSnapshot.class, LAYOUT,
        account -> account.customerId().value(), MAPPER::snapshot, MAPPER::account, CreditAccountSnapshot::schemaVersion,
        account -> account.grade() == null ? Map.of() : Map.of("grade", account.grade().name()));

    /** Credit reports, found by customer. */
    public static final DocumentCodec<CreditReport> REPORTS = new SnapshotDocuments<>(CreditReportSnapshot.class, LAYOUT,
        report -> report.id().value(), MAPPER::snapshot, MAPPER::report, CreditReportSnapshot::schemaVersion,
        report -> Map.of("customerId", report.customerId().value()));

    /** Invoices, found by customer and status. */
    public static final DocumentCodec<Invoice> INVOICES = new SnapshotDocuments<>(InvoiceSnapshot.class, LAYOUT,
        invoice -> invoice.id().value(), MAPPER::snapshot, MAPPER::invoice, InvoiceSnapshot::schemaVersion,
        invoice -> Map.of("customerId", invoice.customerId().value(), "status", invoice.status().name()));

    /** Risks, found by category, status and subject. */
    public static final DocumentCodec<Risk> RISKS = new SnapshotDocuments<>(RiskSnapshot.class, LAYOUT,
        risk -> risk.id().value(), MAPPER::snapshot, MAPPER::risk, RiskSnapshot::schemaVersion, RiskDocuments::riskAttributes);

    private RiskDocuments() {
    }

    private static Map<String, String> riskAttributes(Risk risk) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("category", risk.category().name());
        attributes.put("status", risk.status().name());
        attributes.put("subject", risk.subject().toString());
        attributes.put("open", Boolean.toString(risk.isOpen()));
        return attributes;
    }
}
