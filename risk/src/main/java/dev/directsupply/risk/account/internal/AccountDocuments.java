package dev.directsupply.risk.account.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.OpenItem;
import dev.directsupply.risk.credit.CreditReport;
import java.util.List;
import java.util.Map;

/** How credit accounts and credit reports are stored, and what each is looked up by. */
public final class AccountDocuments {
    /** The layout of credit accounts written: 2, the account of parts. */
    public static final int ACCOUNT_LAYOUT = 2;

    /** Credit accounts, one per customer, found by grade. */
    public static final JsonDocuments<CreditAccount> ACCOUNTS = JsonDocuments.of(CreditAccount.class, ACCOUNT_LAYOUT,
        account -> account.customerId().value(),
        account -> account.grade() == null ? Map.of() : Map.of("grade", account.grade().name()));

    /** Credit reports, found by customer. */
    public static final JsonDocuments<CreditReport> REPORTS = JsonDocuments.of(CreditReport.class, 2,
        report -> report.id().value(), report -> Map.of("customerId", report.customerId().value()));

    private AccountDocuments() {
    }

    /** A stored credit account read for its open items only: the rest of the document is skipped, not built. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpenItemsView(int layout, Value value) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Value(String customerId, Receivables receivables) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Receivables(List<OpenItem> openItems) {
        }
    }

    /**
     * The open items of a stored credit account, read without building the account: what the
     * portfolio's ageing needs from each of thousands of accounts.
     */
    public static List<OpenItem> openItemsOf(String accountBody) {
        OpenItemsView view = Json.read(accountBody, OpenItemsView.class);
        if (view.layout() > ACCOUNT_LAYOUT) {
            throw new IllegalStateException("CreditAccount stored in layout " + view.layout()
                + " by a newer SDK; this one reads up to " + ACCOUNT_LAYOUT);
        }
        if (view.value() == null || view.value().receivables() == null
            || view.value().receivables().openItems() == null) {
            throw new IllegalStateException("credit account " + (view.value() == null ? "?" : view.value().customerId())
                + " is stored without open items");
        }
        return view.value().receivables().openItems();
    }
}
