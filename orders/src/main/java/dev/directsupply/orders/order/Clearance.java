package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far the order is cleared to go (DS-4.1.2, DS-6.2.1): the last review, the credit check's last
 * answer, the prepayment asked and what came in, and the questions put to the customer. A review and a
 * credit answer count for the revision they were given for only.
 *
 * @param review        the last review, or null before the first
 * @param credit        the credit check's last answer, or null before the first
 * @param prepaymentDue what the customer pays before release when credit asks for it, else null
 */
public record Clearance(ReviewRecord review, CreditStanding credit, Money prepaymentDue, List<Prepayment> prepayments,
                        List<Clarification> clarifications) {

    public Clearance {
        prepayments = List.copyOf(prepayments);
        clarifications = List.copyOf(clarifications);
    }

    static Clearance none() {
        return new Clearance(null, null, null, List.of(), List.of());
    }

    /** The review of the revision found nothing (DS-4.1.2). */
    public boolean passedReview(int revision) {
        return review != null && review.revision() == revision && review.passed();
    }

    /** The credit check's answer for the revision was the outcome. */
    public boolean creditIs(int revision, CreditOutcome outcome) {
        return credit != null && credit.revision() == revision && credit.outcome() == outcome;
    }

    /** Everything received in prepayments, in the currency. */
    public Money prepaid(java.util.Currency currency) {
        Money sum = Money.zero(currency);
        for (Prepayment prepayment : prepayments) {
            sum = sum.plus(prepayment.amount());
        }
        return sum;
    }

    /** A prepayment is asked and has arrived in full. */
    public boolean prepaidInFull() {
        return prepaymentDue != null && prepaid(prepaymentDue.currency()).isAtLeast(prepaymentDue);
    }

    /** The prepayment recorded under the reference. */
    public Optional<Prepayment> prepayment(String reference) {
        return prepayments.stream().filter(p -> p.reference().equals(reference)).findFirst();
    }

    /** The clarification that waits for the customer's answer. */
    public Optional<Clarification> openClarification() {
        return clarifications.isEmpty() || clarifications.get(clarifications.size() - 1).isAnswered()
            ? Optional.empty() : Optional.of(clarifications.get(clarifications.size() - 1));
    }

    /** How long transport to the delivery place takes, as the last review found. */
    public int transportDays() {
        return review == null ? 0 : review.transportDays();
    }

    Clearance reviewed(ReviewRecord found) {
        return new Clearance(found, credit, prepaymentDue, prepayments, clarifications);
    }

    Clearance credited(CreditStanding standing) {
        return new Clearance(review, standing, prepaymentDue, prepayments, clarifications);
    }

    Clearance asking(Money due) {
        return new Clearance(review, credit, due, prepayments, clarifications);
    }

    Clearance paid(Prepayment payment) {
        return new Clearance(review, credit, prepaymentDue, plus(prepayments, payment), clarifications);
    }

    Clearance asked(Clarification questions) {
        return new Clearance(review, credit, prepaymentDue, prepayments, plus(clarifications, questions));
    }

    Clearance answered(String answer, Instant at, ActorId by) {
        List<Clarification> next = new ArrayList<>(clarifications);
        next.set(next.size() - 1, next.get(next.size() - 1).answered(answer, at, by));
        return new Clearance(review, credit, prepaymentDue, prepayments, next);
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> next = new ArrayList<>(list.size() + 1);
        next.addAll(list);
        next.add(item);
        return next;
    }
}
