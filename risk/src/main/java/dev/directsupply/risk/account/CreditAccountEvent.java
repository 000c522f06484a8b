package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link CreditAccount}. */
public sealed interface CreditAccountEvent extends DomainEvent
    permits CreditAccountOpened, CreditGradeChanged, CreditLimitChanged, CreditLimitOverrideProposed, CreditTermsChanged, CreditStopChanged,
    CreditReserved, CreditHoldPlaced, CreditHoldReleased, ReservationReleased, GuaranteeRecorded,
    DunningLevelReached, ViolationRecorded {

    CustomerId customerId();
}
