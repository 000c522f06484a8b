package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What orders read of the customer's cooperation agreement in force (DS-3.4 step 6): the prices agreed per
 * product, the payment terms an invoice takes, the prepayment every order asks, the shelf life a product must at least have left on delivery
 * (DS-4.2.2), and the places delivered to with their transport days. The agreement itself is the admission
 * module's; the {@code sdk} answers {@link AgreedTermsSource} from it.
 *
 * @param reference       the agreement and its version, as orders cite it
 * @param paymentTermDays days from invoice to payment, as agreed
 * @param prepaymentRatio the share of every order paid before it is released, as agreed (0 for none)
 * @param transportDays   the transport days to each delivery place, by the place's code
 */
public record AgreedTerms(String reference, Map<ProductCode, AgreedPrice> prices, int paymentTermDays,
                          BigDecimal prepaymentRatio, int minimumRemainingShelfLifeDays,
                          Map<String, Integer> transportDays) {
    public AgreedTerms {
        Require.nonNull(reference, "reference", prices, "prices", prepaymentRatio, "prepaymentRatio",
            transportDays, "transportDays");
        prices = Map.copyOf(prices);
        transportDays = Map.copyOf(transportDays);
    }

    /** The transport days to the place with the code, if the agreement delivers there. */
    public Optional<Integer> transportDaysTo(String place) {
        return Optional.ofNullable(transportDays.get(place));
    }

    /** The codes of the places delivered to, sorted. */
    public String placeCodes() {
        return String.join(", ", new TreeSet<>(transportDays.keySet()));
    }
}
