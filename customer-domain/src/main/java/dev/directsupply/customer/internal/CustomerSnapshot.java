package dev.directsupply.customer.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

    /**
     * The layout this code writes; a document of a newer layout is refused rather than misread.
     * Layout 2 moved the purchases by reference out of the ledger into records of their own.
     */
    public static final int SCHEMA_VERSION = 2;

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

    /** Layout 1 also held the purchases by reference ({@code references}); reading one ignores them. */
    @JsonIgnoreProperties("references")
    public record LedgerSnapshot(MoneySnapshot declaredAnnual, Map<String, MoneySnapshot> monthly) {
    }

    public record ChangeSnapshot(String dimension, String from, String to, String by, Instant at, String reason,
                                 AssessmentSnapshot assessment) {
    }

    public record StatusSnapshot(String from, String to, String action, String by, Instant at, String reason) {
    }
}
