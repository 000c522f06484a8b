package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * One exchange with the customer about the order, as recorded: the feed of what the customer was
 * told, and agreed, and when (DS-4.1.4).
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
}
