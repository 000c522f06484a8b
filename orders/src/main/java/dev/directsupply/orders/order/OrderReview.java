package dev.directsupply.orders.order;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The order review's rules (DS-4.1.2), a named policy: may this customer order now (active, with an
 * agreement in force)? Is the order complete and accurate against the catalogue and the agreement —
 * known products and specifications, allowed units, the agreed prices, enough shelf life, a known
 * delivery place, a date the lead time allows? Can capacity and inventory have each line ready in time?
 * Every problem becomes a finding that names its field; the credit check follows only a clean review.
 */
final class OrderReview {
    private final OrderPorts ports;
    private final OrderParameters parameters;

    OrderReview(OrderPorts ports, OrderParameters parameters) {
        this.ports = ports;
        this.parameters = parameters;
    }

    ReviewRecord assess(Order order, Optional<AgreedTerms> agreement, Actor actor, Instant now, LocalDate today) {
        List<ReviewFinding> findings = new ArrayList<>();
        Optional<OrderingCustomer> customer = ports.customers().find(order.customerId());
        if (customer.isEmpty() || !customer.get().active()) {
            findings.add(ReviewFinding.refusal("customerId", "orders.review.customer-not-active", "DS-4.1.2",
                Map.of("customer", order.customerId().value())));
        }
        if (agreement.isEmpty()) {
            findings.add(ReviewFinding.refusal("customerId", "orders.review.no-agreement", "DS-3.4",
                Map.of("customer", order.customerId().value(), "day", today.toString())));
        }
        if (!findings.isEmpty()) {
            return new ReviewRecord(order.revision(), now, actor.id(), "", findings, List.of(),
                parameters.defaultTransportDays());
        }
        AgreedTerms terms = agreement.get();
        Optional<Integer> toPlace = terms.transportDaysTo(order.terms().deliveryPlace());
        if (toPlace.isEmpty()) {
            findings.add(ReviewFinding.unclear("deliveryPlace", "orders.review.unknown-delivery-place", Map.of(
                "place", order.terms().deliveryPlace(), "allowed", terms.placeCodes())));
        }
        int transportDays = toPlace.orElse(parameters.defaultTransportDays());
        LocalDate neededBy = order.terms().requestedDeliveryDate().minusDays(transportDays);
        if (neededBy.isBefore(today)) {
            findings.add(ReviewFinding.unclear("requestedDeliveryDate", "orders.review.too-soon-for-transport", Map.of(
                "date", order.terms().requestedDeliveryDate().toString(), "days", Integer.toString(transportDays),
                "earliest", today.plusDays(transportDays).toString())));
        }
        List<LineSupply> supply = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            reviewLine(line, terms, transportDays, neededBy, today, findings, supply);
        }
        return new ReviewRecord(order.revision(), now, actor.id(), terms.reference(), findings, supply, transportDays);
    }

    private void reviewLine(OrderLine line, AgreedTerms terms, int transportDays, LocalDate neededBy, LocalDate today,
                            List<ReviewFinding> findings, List<LineSupply> supply) {
        String field = "lines[" + (line.number() - 1) + "]"; // the command's path: lines are counted from 0 there
        Optional<Product> known = ports.catalogue().find(line.product());
        if (known.isEmpty()) {
            findings.add(ReviewFinding.unclear(field + ".product", "orders.review.unknown-product",
                Map.of("product", line.product().value())));
            return;
        }
        Product product = known.get();
        if (!product.active()) {
            findings.add(ReviewFinding.unclear(field + ".product", "orders.review.product-discontinued",
                Map.of("product", product.code().value())));
        }
        if (!product.specifications().isEmpty() && !product.specifications().contains(line.specification())) {
            findings.add(ReviewFinding.unclear(field + ".specification", "orders.review.unknown-specification", Map.of(
                "specification", line.specification(), "product", product.code().value(),
                "allowed", String.join(", ", new TreeSet<>(product.specifications())))));
        }
        if (!product.units().contains(line.unit())) {
            findings.add(ReviewFinding.unclear(field + ".unit", "orders.review.unit-not-allowed", Map.of(
                "unit", line.unit(), "product", product.code().value(),
                "allowed", String.join(", ", new TreeSet<>(product.units())))));
        }
        reviewPrice(line, terms, field, findings);
        if (product.shelfLifeDays() < terms.minimumRemainingShelfLifeDays()) {
            findings.add(ReviewFinding.unclear(field + ".product", "orders.review.shelf-life-too-short", Map.of(
                "product", product.code().value(), "days", Integer.toString(product.shelfLifeDays()),
                "minimum", Integer.toString(terms.minimumRemainingShelfLifeDays()))));
        }
        SupplyAnswer answer = ports.supply().check(new SupplyRequest(line.product(), line.specification(),
            line.quantity(), line.unit(), neededBy, today));
        if (answer.readyBy() == null) {
            findings.add(ReviewFinding.unclear(field + ".quantity", "orders.review.cannot-supply", Map.of(
                "quantity", line.quantity().toPlainString(), "unit", line.unit(), "product", product.code().value())));
            return;
        }
        LocalDate earliestByLeadTime = today.plusDays(product.leadTimeDays());
        if (neededBy.isBefore(today)) {
            // Already asked: the date is too soon for transport alone.
            supply.add(new LineSupply(line.number(), answer.fromStock(), answer.toProduce(), answer.readyBy()));
            return;
        }
        if (answer.toProduce().signum() > 0 && earliestByLeadTime.isAfter(neededBy)) {
            findings.add(ReviewFinding.unclear(field + ".quantity", "orders.review.before-lead-time", Map.of(
                "product", product.code().value(), "days", Integer.toString(product.leadTimeDays()),
                "earliest", earliestByLeadTime.plusDays(transportDays).toString())));
        } else if (answer.readyBy().isAfter(neededBy)) {
            findings.add(ReviewFinding.unclear(field + ".quantity", "orders.review.capacity", Map.of(
                "quantity", line.quantity().toPlainString(), "unit", line.unit(), "product", product.code().value(),
                "earliest", answer.readyBy().plusDays(transportDays).toString())));
        }
        supply.add(new LineSupply(line.number(), answer.fromStock(), answer.toProduce(), answer.readyBy()));
    }

    private void reviewPrice(OrderLine line, AgreedTerms terms, String field, List<ReviewFinding> findings) {
        AgreedPrice agreed = terms.prices().get(line.product());
        if (agreed == null) {
            findings.add(ReviewFinding.unclear(field + ".unitPrice", "orders.review.no-agreed-price", Map.of(
                "product", line.product().value(), "agreement", terms.reference())));
            return;
        }
        Money ordered = line.unitPrice();
        if (!agreed.unit().equals(line.unit()) || !agreed.unitPrice().currency().equals(ordered.currency())) {
            findings.add(ReviewFinding.unclear(field + ".unitPrice", "orders.review.price-terms-differ", Map.of(
                "agreed", agreed.unitPrice() + " / " + agreed.unit(), "ordered", ordered + " / " + line.unit())));
            return;
        }
        BigDecimal difference = ordered.amount().subtract(agreed.unitPrice().amount()).abs();
        BigDecimal allowed = agreed.unitPrice().amount().multiply(parameters.priceTolerance())
            .setScale(agreed.unitPrice().amount().scale(), RoundingMode.DOWN);
        if (difference.compareTo(allowed) > 0) {
            findings.add(ReviewFinding.unclear(field + ".unitPrice", "orders.review.price-differs", Map.of(
                "ordered", ordered.toString(), "agreed", agreed.unitPrice().toString(),
                "tolerance", parameters.priceTolerance().toPlainString())));
        }
    }
}
