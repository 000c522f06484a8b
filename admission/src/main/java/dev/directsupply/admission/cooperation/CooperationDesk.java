package dev.directsupply.admission.cooperation;

import dev.directsupply.admission.cooperation.internal.AgreementDocuments;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.DocumentWrite;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cooperation agreements as a service (DS-3.4 step 6). The agreement an admission ends with is opened in the
 * signing step's write; an existing customer's agreement is recorded by management when the host migrates
 * it; amendments and renewals signed by both sides become new versions, each in force from its first day,
 * so that the terms in force on any day can be looked up — by orders for prices, places and transport days,
 * by invoices for payment terms. Agreements about to expire are listed. An agreement is in the record scope
 * of those who reach its customer (DS-7.2.2).
 */
public final class CooperationDesk {
    /** The collection agreements are stored in. */
    public static final String AGREEMENTS = "admission-agreements";
    /** One document per customer and agreement number, written with the agreement: one at a time per customer. */
    public static final String CUSTOMER_CLAIMS = "admission-agreement-numbers";
    /** The longest renewal notice an agreement may name, a year: the expiring list looks no further. */
    public static final int MAXIMUM_NOTICE_DAYS = 365;

    private final Pipeline pipeline;
    private final Aggregates<CooperationAgreement> agreements;
    private final CustomerDesk customers;
    private final AgreementParameters parameters;
    private final Currency currency;
    private final Clock clock;

    public CooperationDesk(Pipeline pipeline, AgreementParameters parameters, CustomerDesk customers,
                           Currency currency) {
        this.pipeline = pipeline;
        this.agreements = pipeline.aggregates(AGREEMENTS, AgreementDocuments.AGREEMENTS)
            .scopedBy(agreement -> agreement.customerId().value());
        this.customers = customers;
        this.parameters = parameters;
        this.currency = currency;
        this.clock = pipeline.clock();
    }

    /**
     * Opens the agreement an admission ended with, as its first version. Only the SDK's own actors open one
     * (DS-3.4: the signing step is the admission's), even where a host grants the permission to people.
     */
    public CooperationAgreement open(Actor actor, OpenAgreement command) {
        if (actor != null && !actor.claimsSystem()) {
            throw new AccessDenied(actor.id(), CooperationPermissions.OPEN, "DS-3.4",
                "kernel.error.access-denied.no-role");
        }
        return pipeline.acceptToWrite(actor, command).write(work -> create(work, command.customerId(),
            AgreementOrigin.ADMISSION, "application " + command.application().strip(), command.agreement(), actor));
    }

    /**
     * Records an existing customer's agreement when the host migrates it. The customer is active (a prospect
     * gets its agreement through admission, DS-3.4) and has no other agreement running on the first day.
     * DS-3.3.2's guarantee or prepayment is asked of newly developed customers only, so not here.
     */
    public CooperationAgreement recordExisting(Actor actor, RecordExistingAgreement command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Customer customer = customers.get(actor, command.customerId());
            if (customer.status() != CustomerStatus.ACTIVE) {
                throw new NotAnActiveCustomer(customer.id(), customer.status());
            }
            return create(work, customer.id(), AgreementOrigin.IMPORTED, "imported: " + command.reason().strip(),
                command.agreement(), actor);
        });
    }

    /** Records an amendment both sides signed: a new version from its first day. */
    public CooperationAgreement amend(Actor actor, AmendAgreement command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            // Made from the command only once the pipeline has validated it.
            SignedVersion signed = new SignedVersion(command.terms().toTerms(currency),
                command.validity().toValidity(parameters.renewalNoticeDays()), command.signatures().toSignatures());
            return work.change(agreements, command.agreementId(),
                agreement -> agreement.amend(signed, command.reason().strip(), parameters, actor, clock));
        });
    }

    /** Records a renewal both sides signed: the same terms from the day after the agreement ends. */
    public CooperationAgreement renew(Actor actor, RenewAgreement command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(agreements, command.agreementId(),
            agreement -> agreement.renew(command.until(), command.signatures().toSignatures(), actor, clock)));
    }

    // ------------------------------------------------------------------------------ reading

    /** The agreement, every version of it. */
    public CooperationAgreement agreement(Actor actor, AgreementId id) {
        return agreements.get(actor, CooperationPermissions.VIEW, id);
    }

    /** The customer's agreements, the earliest first. */
    public List<CooperationAgreement> agreementsOf(Actor actor, CustomerId customer) {
        return agreements.findBy(actor, CooperationPermissions.VIEW, "customer", customer).stream()
            .sorted(Comparator.comparing(agreement -> agreement.versions().get(0).validity().from())).toList();
    }

    /** The version of the customer's agreement in force on the day, if one is. */
    public Optional<TermsInForce> inForce(Actor actor, CustomerId customer, LocalDate day) {
        // Permission first (inside agreementsOf), then the day: one authorisation on the orders' hot path.
        List<CooperationAgreement> ofCustomer = agreementsOf(actor, customer);
        if (day == null) {
            throw new InvalidCommand("TermsInForce", List.of(Violation.constraint("day", "NotNull", "DS-3.4")));
        }
        for (CooperationAgreement agreement : ofCustomer) {
            Optional<AgreementVersion> version = agreement.inForceOn(day);
            if (version.isPresent()) {
                return Optional.of(new TermsInForce(agreement.id(), customer, version.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The agreements that end from today until their renewal notice runs out — each its own notice, or the
     * policy's default — the soonest first. An agreement already renewed ends later and is not listed.
     */
    public List<CooperationAgreement> expiring(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return endingBetween(actor, today, today.plusDays(MAXIMUM_NOTICE_DAYS)).stream()
            .filter(agreement -> agreement.expiresWithin(today, agreement.latest().validity().renewalNoticeDays()))
            .toList();
    }

    /** The agreements that end from today until {@code days} from now, the soonest first. */
    public List<CooperationAgreement> expiringWithin(Actor actor, int days) {
        pipeline.authorize(actor, CooperationPermissions.VIEW);
        if (days < 0 || days > MAXIMUM_NOTICE_DAYS) {
            throw new InvalidCommand("ExpiringAgreements", List.of(Violation.of("days", "kernel.constraint.InRange",
                "DS-3.4", Map.of("min", 0, "max", MAXIMUM_NOTICE_DAYS, "invalidValue", days))));
        }
        LocalDate today = LocalDate.now(clock);
        return endingBetween(actor, today, today.plusDays(days));
    }

    /** Whether the agreement's audit trail is intact (DS-7.2.1). */
    public AuditVerification verifyTrail(Actor actor, AgreementId id) {
        return agreements.verify(actor, CooperationPermissions.VIEW, id);
    }

    private List<CooperationAgreement> endingBetween(Actor actor, LocalDate first, LocalDate last) {
        List<CooperationAgreement> ending = new ArrayList<>();
        YearMonth lastMonth = YearMonth.from(last);
        for (YearMonth month = YearMonth.from(first); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            for (CooperationAgreement agreement : agreements.findBy(actor, CooperationPermissions.VIEW, "ends",
                month.toString())) {
                LocalDate end = agreement.endsOn().orElseThrow();
                if (!end.isBefore(first) && !end.isAfter(last)) {
                    ending.add(agreement);
                }
            }
        }
        ending.sort(Comparator.comparing((CooperationAgreement agreement) -> agreement.endsOn().orElseThrow())
            .thenComparing(agreement -> agreement.id().value()));
        return ending;
    }

    private CooperationAgreement create(Work work, CustomerId customer, AgreementOrigin origin, String source,
                                        AgreementDetails details, Actor actor) {
        SignedVersion signed = details.toVersion(currency, parameters.renewalNoticeDays());
        List<Versioned<CooperationAgreement>> existing = agreements.stored("customer", customer.value());
        for (Versioned<CooperationAgreement> earlier : existing) {
            if (earlier.aggregate().runsOnOrAfter(signed.validity().from())) {
                throw new AgreementsOverlap(customer, earlier.aggregate().id(), signed.validity().from());
            }
        }
        // Two agreements recorded for one customer at once claim the same number: the second loses the race
        // on it, is tried again, and finds the first.
        work.alongside(DocumentWrite.create(CUSTOMER_CLAIMS, customer.value() + "#" + (existing.size() + 1),
            "{\"agreementId\":\"" + details.id().value() + "\"}", Map.of()));
        return work.create(agreements, CooperationAgreement.sign(details.id(), customer, origin, source, signed,
            actor, clock));
    }
}
