package dev.directsupply.sdk;

import dev.directsupply.admission.cooperation.AgreementTerms;
import dev.directsupply.admission.cooperation.AgreedPlace;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.PriceLine;
import dev.directsupply.admission.cooperation.TermsInForce;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.orders.order.AgreedPrice;
import dev.directsupply.orders.order.AgreedTerms;
import dev.directsupply.orders.order.AgreedTermsSource;
import dev.directsupply.orders.order.ProductCode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The orders module's agreed terms, answered by the admission module's cooperation agreements (DS-3.4 step
 * 6): the version in force on the day gives each product's price after the agreement's discount, the
 * payment terms, the minimum remaining shelf life and the places with their transport days. It reads as the
 * orders module's own system actor, for the customer of an order the orders module has already scoped.
 */
final class CooperationTerms implements AgreedTermsSource {
    private final CooperationDesk agreements;
    private final Actor reader;

    CooperationTerms(CooperationDesk agreements, Actor reader) {
        this.agreements = agreements;
        this.reader = reader;
    }

    @Override
    public Optional<AgreedTerms> inForce(CustomerId customer, LocalDate day) {
        return agreements.inForce(reader, customer, day).map(CooperationTerms::asOrdersSee);
    }

    private static AgreedTerms asOrdersSee(TermsInForce inForce) {
        AgreementTerms terms = inForce.terms();
        Map<ProductCode, AgreedPrice> prices = new HashMap<>();
        for (PriceLine line : terms.prices().priceList()) {
            // An agreement prices each product once, in one unit (PriceDetails).
            prices.put(ProductCode.of(line.product()), new AgreedPrice(
                terms.prices().agreedPrice(line.product(), line.unit()).orElseThrow(), line.unit()));
        }
        Map<String, Integer> transportDays = new HashMap<>();
        for (AgreedPlace place : terms.delivery().places()) {
            transportDays.put(place.code(), place.transportDays());
        }
        return new AgreedTerms(inForce.reference(), prices, terms.payment().days(),
            terms.payment().prepaymentRatio(), terms.delivery().minimumRemainingShelfLifeDays(), transportDays);
    }
}
