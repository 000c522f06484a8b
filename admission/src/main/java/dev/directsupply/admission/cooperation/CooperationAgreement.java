package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cooperation agreement with a customer (DS-3.4 step 6): its signed versions, the first one first. Each
 * amendment or renewal is a new version signed by both sides that takes over from its first day; the
 * versions before it stay as they were, so the terms in force on any day — under which an order was placed
 * or an invoice issued — can be looked up for good. Immutable.
 *
 * @param source what opened it: the admission application, or the reason an existing agreement was imported
 */
public record CooperationAgreement(AgreementId id, CustomerId customerId, AgreementOrigin origin, String source,
                                   List<AgreementVersion> versions) {

    public CooperationAgreement {
        Require.nonNull(id, "id", customerId, "customerId", origin, "origin", source, "source");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(id + ": an agreement has its first signed version");
        }
    }

    /** The agreement as both sides signed it: its first version. */
    public static Changed<CooperationAgreement> sign(AgreementId id, CustomerId customer, AgreementOrigin origin,
                                                     String source, SignedVersion signed, Actor actor, Clock clock) {
        Instant now = clock.instant();
        AgreementVersion first = signed.asVersion(1, source, actor, now);
        return Changed.to(new CooperationAgreement(id, customer, origin, source, List.of(first)),
            new AgreementSigned(id, customer, origin, first.validity().from(), first.validity().until(),
                first.terms().payment().days(), now));
    }

    /**
     * An amendment signed by both sides: new terms or validity from its first day, which is neither before the
     * day it is recorded nor before the latest version starts ({@link BackdatedVersion}). An agreement signed at
     * admission keeps a guarantee or a prepayment while its customer counts as newly developed
     * ({@link AgreementNotSecured}, DS-3.3.2).
     */
    public Changed<CooperationAgreement> amend(SignedVersion signed, String reason, AgreementParameters parameters,
                                               Actor actor, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = latest().validity().from().isAfter(today) ? latest().validity().from() : today;
        if (signed.validity().from().isBefore(earliest)) {
            throw new BackdatedVersion(id, signed.validity().from(), earliest);
        }
        // DS-3.3.2: an amendment does not take away the security a newly developed customer gives.
        if (origin == AgreementOrigin.ADMISSION && !signed.terms().payment().isSecured() && signed.validity().from()
            .isBefore(versions.get(0).validity().from().plusMonths(parameters.securedForMonths()))) {
            throw new AgreementNotSecured(id, "a credit guarantee or a prepayment until "
                + versions.get(0).validity().from().plusMonths(parameters.securedForMonths()));
        }
        return next(VersionKind.AMENDMENT, signed, reason, actor, clock);
    }

    /**
     * A renewal signed by both sides: the latest version's terms for another term, from the day after it ends
     * until {@code until}. An open-ended agreement, or a renewal that would not end later, is {@link OpenEnded}.
     */
    public Changed<CooperationAgreement> renew(LocalDate until, Signatures signatures, Actor actor, Clock clock) {
        Validity current = latest().validity();
        if (current.until() == null || !until.isAfter(current.until())) {
            throw new OpenEnded(id, current.until());
        }
        LocalDate from = current.until().plusDays(1);
        return next(VersionKind.RENEWAL, new SignedVersion(latest().terms(),
            new Validity(from, until, current.renewalNoticeDays()), signatures), "renewed", actor, clock);
    }

    /** The version in force on the day: the latest one started by then, unless it has ended. */
    public Optional<AgreementVersion> inForceOn(LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            AgreementVersion version = versions.get(i);
            if (!version.validity().from().isAfter(day)) {
                return version.validity().hasEndedBy(day) ? Optional.empty() : Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** The latest version signed, which may start later. */
    public AgreementVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The last day of the agreement as signed so far; empty when open-ended. */
    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(latest().validity().until());
    }

    /** Whether it is in force on the day or will be later. */
    public boolean runsOnOrAfter(LocalDate day) {
        return endsOn().map(end -> !end.isBefore(day)).orElse(true);
    }

    /** Whether it ends between {@code today} and that many days later, both included. */
    public boolean expiresWithin(LocalDate today, int days) {
        return endsOn().map(end -> !end.isBefore(today) && !end.isAfter(today.plusDays(days))).orElse(false);
    }

    private Changed<CooperationAgreement> next(VersionKind kind, SignedVersion signed, String reason, Actor actor,
                                               Clock clock) {
        Instant now = clock.instant();
        AgreementVersion version = signed.asVersion(versions.size() + 1, reason, actor, now);
        List<AgreementVersion> all = new ArrayList<>(versions);
        all.add(version);
        return Changed.to(new CooperationAgreement(id, customerId, origin, source, all),
            new AgreementAmended(id, customerId, kind, version.number(), version.validity(), reason, now));
    }
}
