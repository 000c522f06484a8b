package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A delivery notice as sent to the customer (DS-4.2.3): the day the goods leave, the estimated arrival, the
 * carrier and tracking number. The first is revision 1; each changed arrival is sent as the next revision, with
 * its reason.
 */
public record Notice(int revision, String carrier, String tracking, LocalDate shipsOn, LocalDate estimatedArrival,
                     String reason, Instant sentAt) {
    public Notice {
        Require.nonNull(carrier, "carrier", tracking, "tracking", shipsOn, "shipsOn",
            estimatedArrival, "estimatedArrival", sentAt, "sentAt");
    }
}
