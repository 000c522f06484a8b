package dev.directsupply.risk.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.directsupply.kernel.codec.MoneySnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stored forms of the risk module's aggregates: strings, numbers, dates and instants only. */
final class Snapshots {
    /** The layout this code writes; a document of a newer layout is refused rather than misread. */
    static final int SCHEMA_VERSION = 1;

    private Snapshots() {
    }

    record CreditAccountSnapshot(int schemaVersion, String customerId, LocalDate openedOn, String scaleTier,
                                 GradingSnapshot grading, List<GradeChangeSnapshot> gradeHistory,
                                 MoneySnapshot derivedLimit, LimitOverrideSnapshot limitOverride,
                                 TermsSnapshot terms, Set<String> creditStops, List<GuaranteeSnapshot> guarantees,
                                 List<OpenItemSnapshot> openItems, List<ReservationSnapshot> reservations,
                                 List<HoldSnapshot> holds, List<SettledPaymentSnapshot> settledPayments, int defaults,
                                 List<ViolationSnapshot> violations, List<SaleSnapshot> recentSales,
                                 LocalDate nextRegradeOn) {
    }

    record GradingSnapshot(String grade, BigDecimal score, String report, Instant gradedAt) {
    }

    record GradeChangeSnapshot(String from, String to, BigDecimal score, String report, String trigger, Instant at) {
    }

    record LimitOverrideSnapshot(MoneySnapshot amount, String reason, String by, Instant at, LocalDate expiresOn) {
    }

    record TermsSnapshot(BigDecimal prepaymentRatio, int paymentTermDays, boolean guaranteeRequired) {
    }

    record GuaranteeSnapshot(String type, MoneySnapshot amount, String guarantor, LocalDate validFrom,
                             LocalDate validUntil, String recordedBy) {
    }

    record OpenItemSnapshot(String invoice, LocalDate dueDate, MoneySnapshot outstanding, int dunningLevel,
                            boolean regradeTriggered) {
    }

    /** A credit account read for its open items only: the rest of the document is skipped, not mapped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpenItemsView(int schemaVersion, String customerId, List<OpenItemSnapshot> openItems) {
    }

    record ReservationSnapshot(String order, MoneySnapshot orderAmount, MoneySnapshot amount,
                               BigDecimal prepaymentRatio, String state, Instant at, boolean override) {
    }

    record HoldSnapshot(String order, MoneySnapshot orderAmount, List<String> reasons, Instant at) {
    }

    record SettledPaymentSnapshot(LocalDate dueDate, LocalDate settledOn) {
    }

    record ViolationSnapshot(LocalDate on, String description, String source, String recordedBy) {
    }

    record SaleSnapshot(LocalDate on, MoneySnapshot amount) {
    }

    record CreditReportSnapshot(int schemaVersion, String id, String customerId, String trigger, String evaluatedBy,
                                Instant evaluatedAt, Map<String, String> inputs, EvaluationSnapshot evaluation,
                                String parametersVersion) {
    }

    record EvaluationSnapshot(List<ScoreLineSnapshot> lines, BigDecimal score, String grade) {
    }

    record ScoreLineSnapshot(String factor, String rawValue, int points, BigDecimal weight, BigDecimal contribution,
                             String reason) {
    }

    record InvoiceSnapshot(int schemaVersion, String id, String customerId, String orderReference, LocalDate issuedOn,
                           LocalDate dueDate, MoneySnapshot amount, List<PaymentSnapshot> payments,
                           List<CreditNoteSnapshot> creditNotes, WriteOffSnapshot writeOff, String status) {
    }

    record PaymentSnapshot(String reference, LocalDate receivedOn, MoneySnapshot amount) {
    }

    record CreditNoteSnapshot(String reference, LocalDate issuedOn, MoneySnapshot amount, String reason) {
    }

    record WriteOffSnapshot(LocalDate on, MoneySnapshot amount, String reason, String by) {
    }

    record RiskSnapshot(int schemaVersion, String id, String category, SubjectSnapshot subject, String description,
                        RatingSnapshot rating, String owner, List<String> responses, String contingencyPlan,
                        LocalDate reviewOn, String status, List<NoteSnapshot> history, String source,
                        Instant raisedAt) {
    }

    record SubjectSnapshot(String kind, String reference) {
    }

    record RatingSnapshot(int likelihood, int impact, String level) {
    }

    record NoteSnapshot(String what, String by, Instant at, String note) {
    }
}
