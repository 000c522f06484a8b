package dev.directsupply.orders.internal;

import dev.directsupply.kernel.codec.MoneySnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The stored form of an order: plain records of text, numbers and dates, so the JSON stays stable
 * while the domain types evolve. {@link #SCHEMA_VERSION} names the layout; a newer layout is refused.
 */
final class OrderSnapshots {
    static final int SCHEMA_VERSION = 1;

    private OrderSnapshots() {
    }

    record OrderSnapshot(int schemaVersion, String id, String customerId, String idempotencyKey, String fingerprint,
                         String channel, String customerReference, String agreement, List<LineSnapshot> lines,
                         LocalDate requestedDeliveryDate, String deliveryPlace, String urgency, int revision,
                         String status, ReviewSnapshot review, CreditSnapshot credit, MoneySnapshot prepaymentDue,
                         List<PrepaymentSnapshot> prepayments, LocalDate promisedDeliveryDate,
                         List<TrackingSnapshot> tracking, long slackAtRelease, List<DelaySnapshot> delays,
                         List<ClarificationSnapshot> clarifications, List<ShipmentSnapshot> shipments,
                         LocalDate deliveredOn, AcceptanceSnapshot acceptance,
                         List<CommunicationSnapshot> communications, List<StatusChangeSnapshot> history,
                         String receivedBy, Instant receivedAt) {
    }

    record LineSnapshot(int number, String product, String specification, BigDecimal quantity, String unit,
                        MoneySnapshot unitPrice) {
    }

    record ReviewSnapshot(int revision, Instant at, String by, String agreement, List<FindingSnapshot> findings,
                          List<SupplySnapshot> supply, int transportDays) {
    }

    record FindingSnapshot(String field, String code, String rule, boolean rejects, Map<String, String> arguments) {
    }

    record SupplySnapshot(int line, BigDecimal fromStock, BigDecimal toProduce, LocalDate readyBy) {
    }

    record CreditSnapshot(int revision, String reference, String outcome, BigDecimal prepaymentRatio,
                          List<String> reasons, List<String> english, List<String> chinese, Instant decidedAt,
                          String overriddenBy, String overrideReason) {
    }

    record PrepaymentSnapshot(String reference, LocalDate receivedOn, MoneySnapshot amount) {
    }

    record TrackingSnapshot(int line, BigDecimal quantity, BigDecimal fromStock, BigDecimal toProduce,
                            LocalDate releasedOn, LocalDate plannedStart, LocalDate plannedFinish,
                            LocalDate projectedFinish, LocalDate startedOn, LocalDate finishedOn, LocalDate packedOn) {
    }

    record DelaySnapshot(int number, String severity, LocalDate promised, LocalDate projectedDelivery, long slackDays,
                         BigDecimal slackUsed, Instant raisedAt, SolutionSnapshot solution) {
    }

    record SolutionSnapshot(String kind, LocalDate newDate, String agreedWith, String note, String by, Instant at) {
    }

    record ClarificationSnapshot(int number, List<FindingSnapshot> questions, Instant askedAt, String askedBy,
                                 String answer, Instant answeredAt, String recordedBy) {
    }

    record ShipmentSnapshot(String reference, LocalDate shippedOn, List<QuantitySnapshot> lines) {
    }

    record QuantitySnapshot(int line, BigDecimal quantity) {
    }

    record AcceptanceSnapshot(LocalDate on, List<QuantitySnapshot> lines, String note, String recordedBy) {
    }

    record CommunicationSnapshot(Instant at, String by, String kind, boolean toCustomer, String channel,
                                 String contact, String summary) {
    }

    record StatusChangeSnapshot(String from, String to, String action, String by, Instant at, String note) {
    }
}
