package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cooperation agreement in force with a customer (DS-3.4 step 6), as far as orders need it: the
 * agreed prices, payment terms, the minimum remaining shelf life the customer accepts, and the places
 * it delivers to.
 *
 * @param reference                     the agreement's number
 * @param validUntil                    null when open-ended
 * @param minimumRemainingShelfLifeDays the shelf life a product must at least have on delivery
 */
public record Agreement(String reference, CustomerId customerId, LocalDate validFrom, LocalDate validUntil,
                        Map<ProductCode, AgreedPrice> prices, int paymentTermDays,
                        int minimumRemainingShelfLifeDays, List<DeliveryPlace> deliveryPlaces) {
    public Agreement {
        Require.nonNull(reference, "reference", customerId, "customerId", validFrom, "validFrom");
        prices = Map.copyOf(prices);
        deliveryPlaces = List.copyOf(deliveryPlaces);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException(reference + ": an agreement cannot end before it starts");
        }
    }

    /** Whether it is in force on the day. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** The delivery place with the code. */
    public Optional<DeliveryPlace> place(String code) {
        return deliveryPlaces.stream().filter(place -> place.code().equals(code)).findFirst();
    }
}
