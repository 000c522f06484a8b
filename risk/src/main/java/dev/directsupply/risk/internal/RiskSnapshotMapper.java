package dev.directsupply.risk.internal;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.codec.CommonMappings;
import dev.directsupply.kernel.codec.SnapshotMapping;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.internal.Snapshots.CreditAccountSnapshot;
import dev.directsupply.risk.internal.Snapshots.CreditReportSnapshot;
import dev.directsupply.risk.internal.Snapshots.InvoiceSnapshot;
import dev.directsupply.risk.internal.Snapshots.RiskSnapshot;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.InvoiceId;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** The risk module's aggregates ⇄ their snapshots; MapStruct writes the field-by-field code. */
@Mapper(config = SnapshotMapping.class)
interface RiskSnapshotMapper extends CommonMappings {
    RiskSnapshotMapper INSTANCE = Mappers.getMapper(RiskSnapshotMapper.class);

    @Mapping(target = "schemaVersion", constant = "" + Snapshots.SCHEMA_VERSION)
    CreditAccountSnapshot snapshot(CreditAccount account);

    CreditAccount account(CreditAccountSnapshot snapshot);

    @Mapping(target = "schemaVersion", constant = "" + Snapshots.SCHEMA_VERSION)
    CreditReportSnapshot snapshot(CreditReport report);

    CreditReport report(CreditReportSnapshot snapshot);

    @Mapping(target = "schemaVersion", constant = "" + Snapshots.SCHEMA_VERSION)
    InvoiceSnapshot snapshot(Invoice invoice);

    Invoice invoice(InvoiceSnapshot snapshot);

    @Mapping(target = "schemaVersion", constant = "" + Snapshots.SCHEMA_VERSION)
    RiskSnapshot snapshot(Risk risk);

    Risk risk(RiskSnapshot snapshot);

    default CustomerId customerId(String value) {
        return value == null ? null : new CustomerId(value);
    }

    default InvoiceId invoiceId(String value) {
        return value == null ? null : new InvoiceId(value);
    }

    default OrderReference orderReference(String value) {
        return value == null ? null : new OrderReference(value);
    }

    default CreditReportId creditReportId(String value) {
        return value == null ? null : new CreditReportId(value);
    }

    default RiskId riskId(String value) {
        return value == null ? null : new RiskId(value);
    }
}
