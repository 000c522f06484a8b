package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Masking;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * One exchange with the customer about the order, as recorded: the feed of what the customer was
 * told, and agreed, and when (DS-4.1.4). The customer's person is personal contact data (DS-7.2.2):
 * the feed shows it masked, as the customer registry masks a contact's name, to readers without the
 * registry's right to see contact details, and {@link #toString()} always masks it.
 *
 * @param toCustomer whether the company told the customer (else the customer told the company)
 * @param contact    the customer's person it was agreed with or told, when known
 */
public record Communication(Instant at, ActorId by, CommunicationKind kind, boolean toCustomer, Channel channel,
                            String contact, String summary) {

    public Communication {
        Require.nonNull(at, "at", by, "by", kind, "kind", channel, "channel", summary, "summary");
        contact = contact == null ? "" : contact;
    }

    /** The same exchange with the contact masked as the registry masks a name: {@code 张伟} → {@code 张*}. */
    public Communication masked() {
        return new Communication(at, by, kind, toCustomer, channel, Masking.name(contact), summary);
    }

    @Override
    public String toString() {
        return "Communication[at=" + at + ", by=" + by + ", kind=" + kind + ", toCustomer=" + toCustomer
            + ", channel=" + channel + ", contact=" + Masking.name(contact) + ", summary=" + summary + "]";
    }
}
