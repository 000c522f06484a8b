package dev.directsupply.risk.credit;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;

/** A credit evaluation was made and kept. */
public record CreditReportIssued(CreditReportId reportId, CustomerId customerId, CreditTrigger trigger,
                                 BigDecimal score, CreditGrade grade, String parametersVersion, Instant occurredAt)
    implements DomainEvent {
}
