package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.DiscrepancyResolved;
import dev.directsupply.delivery.shipment.Resolution;
import dev.directsupply.delivery.shipment.ResolutionKind;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.IssueCreditNote;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A discrepancy settled by a credit note or a price discount (DS-4.2.4) adjusts the order's invoice in risk:
 * a credit note of the agreed amount, referenced by the shipment and the discrepancy so that a second hand-over
 * of the event changes nothing. The order's invoice is issued once the order is accepted; until then the relay
 * tries again. The receivables desk's own rules hold: a note above its approval limit, or on an overdue invoice,
 * needs a person with the write-off right and is parked for one (DS-6.2.1).
 */
final class DiscrepancyCredits {
    private final ReceivablesDesk receivables;
    private final Actor system;
    private final Clock clock;

    DiscrepancyCredits(ReceivablesDesk receivables, Actor system, Clock clock) {
        this.receivables = receivables;
        this.system = system;
        this.clock = clock;
    }

    void resolved(DiscrepancyResolved resolved) {
        Resolution resolution = resolved.discrepancy().resolution();
        if (resolution.kind() != ResolutionKind.CREDIT_NOTE && resolution.kind() != ResolutionKind.PRICE_DISCOUNT) {
            return;
        }
        InvoiceId invoiceId = InvoiceId.of("INV-" + resolved.order());
        Invoice invoice;
        try {
            invoice = receivables.invoice(system, invoiceId);
        } catch (NotFound notYetBilled) {
            throw new IllegalStateException("order " + resolved.order() + " is not billed yet: the credit of "
                + "its settled discrepancy waits for the invoice", notYetBilled);
        }
        String reference = "DS-" + resolved.shipmentId().value() + "-" + resolved.discrepancy().number();
        if (invoice.settlements().creditNotes().stream().anyMatch(note -> note.reference().equals(reference))) {
            return;
        }
        receivables.issueCreditNote(system, new IssueCreditNote(invoiceId, reference, LocalDate.now(clock),
            resolution.amount().amount(), resolved.discrepancy().kind() + " settled by " + resolution.kind() + ": "
            + resolution.terms()));
    }
}
