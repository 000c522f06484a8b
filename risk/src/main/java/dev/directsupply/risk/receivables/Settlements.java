package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What came in against an invoice: payments, credit notes, and a write-off when it will not be paid.
 *
 * @param writeOff null unless written off
 */
public record Settlements(List<Payment> payments, List<CreditNote> creditNotes, WriteOff writeOff) {

    public Settlements {
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
    }

    static Settlements none() {
        return new Settlements(List.of(), List.of(), null);
    }

    /** What is still owed of the amount. */
    Money outstanding(Money amount) {
        Money owed = amount;
        for (Payment payment : payments) {
            owed = owed.minus(payment.amount());
        }
        for (CreditNote note : creditNotes) {
            owed = owed.minus(note.amount());
        }
        return writeOff == null ? owed : owed.minus(writeOff.amount());
    }

    Optional<Payment> payment(String reference) {
        return payments.stream().filter(p -> p.reference().equals(reference)).findFirst();
    }

    boolean hasCreditNote(String reference) {
        return creditNotes.stream().anyMatch(note -> note.reference().equals(reference));
    }

    Settlements with(Payment payment) {
        List<Payment> more = new ArrayList<>(payments);
        more.add(payment);
        return new Settlements(more, creditNotes, writeOff);
    }

    Settlements with(CreditNote note) {
        List<CreditNote> more = new ArrayList<>(creditNotes);
        more.add(note);
        return new Settlements(payments, more, writeOff);
    }

    Settlements with(WriteOff written) {
        return new Settlements(payments, creditNotes, written);
    }
}
