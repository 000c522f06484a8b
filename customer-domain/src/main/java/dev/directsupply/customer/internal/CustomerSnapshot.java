package dev.directsupply.customer.internal;

import dev.directsupply.kernel.codec.MoneySnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer as stored: plain strings, numbers and instants, so the JSON stays readable and stable
 * when the domain types evolve. {@code schemaVersion} names the layout.
 */
public record CustomerSnapshot(int schemaVersion, String id, String legalName, String creditCode,
                               ClassificationSnapshot classification, List<ContactSnapshot> contacts,
                               List<AddressSnapshot> addresses, String status, LedgerSnapshot purchases,
                               List<ChangeSnapshot> classificationHistory, List<StatusSnapshot> statusHistory,
                               Instant registeredAt) {

    /** The layout this code writes; a document of a newer layout is refused rather than misread. */
    public static final int SCHEMA_VERSION = 1;

    public record ClassificationSnapshot(AssessmentSnapshot scale, IndustrySnapshot industry, String importance) {
    }

    public record AssessmentSnapshot(String tier, MoneySnapshot annualPurchase, String basis,
                                     MoneySnapshot largeThreshold, MoneySnapshot mediumThreshold, String asOf) {
    }

    public record IndustrySnapshot(String industry, String subIndustry) {
    }

    public record ContactSnapshot(String name, String position, String phone, String email) {
    }

    public record AddressSnapshot(String kind, String province, String city, String district, String line,
                                  String postalCode) {
    }

    public record LedgerSnapshot(MoneySnapshot declaredAnnual, Map<String, MoneySnapshot> monthly,
                                 Map<String, PurchaseSnapshot> references) {
    }

    public record PurchaseSnapshot(String month, MoneySnapshot amount) {
    }

    public record ChangeSnapshot(String dimension, String from, String to, String by, Instant at, String reason,
                                 AssessmentSnapshot assessment) {
    }

    public record StatusSnapshot(String from, String to, String action, String by, Instant at, String reason) {
    }
}
