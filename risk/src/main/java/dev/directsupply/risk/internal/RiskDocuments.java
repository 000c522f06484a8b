package dev.directsupply.risk.internal;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.SnapshotDocuments;
import dev.directsupply.kernel.store.DocumentCodec;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.OpenItem;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.internal.Snapshots.CreditAccountSnapshot;
import dev.directsupply.risk.internal.Snapshots.CreditReportSnapshot;
import dev.directsupply.risk.internal.Snapshots.InvoiceSnapshot;
import dev.directsupply.risk.internal.Snapshots.OpenItemSnapshot;
import dev.directsupply.risk.internal.Snapshots.OpenItemsView;
import dev.directsupply.risk.internal.Snapshots.RiskSnapshot;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.InvoiceId;
import dev.directsupply.risk.register.Risk;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The open items of a stored credit account, read without building the account: what the
     * portfolio's ageing needs from each of thousands of accounts.
     */
    public static List<OpenItem> openItemsOf(String accountBody) {
        OpenItemsView view = Json.read(accountBody, OpenItemsView.class);
        if (view.openItems() == null) {
            throw new IllegalStateException("credit account " + view.customerId() + " is stored without open items");
        }
        if (view.schemaVersion() > LAYOUT) {
            throw new IllegalStateException("credit account " + view.customerId() + " stored in layout "
                + view.schemaVersion() + " by a newer SDK; this one reads up to " + LAYOUT);
        }
        List<OpenItem> items = new ArrayList<>(view.openItems().size());
        for (OpenItemSnapshot item : view.openItems()) {
            items.add(new OpenItem(InvoiceId.of(item.invoice()), item.dueDate(), Money.of(item.outstanding().amount(),
                Currency.getInstance(item.outstanding().currency())), item.dunningLevel(), item.regradeTriggered()));
        }
        return items;
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
