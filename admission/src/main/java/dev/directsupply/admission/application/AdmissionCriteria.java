package dev.directsupply.admission.application;

import static dev.directsupply.admission.application.Outcome.FAIL;
import static dev.directsupply.admission.application.Outcome.MISSING_EVIDENCE;
import static dev.directsupply.admission.application.Outcome.PASS;

import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The admission criteria as rules (DS-2.1, DS-3.3.1 – DS-3.3.3): each answers PASS, FAIL or
 * MISSING_EVIDENCE with its reason, from the application's form and what its reviews found, on a day.
 */
public final class AdmissionCriteria {
    private final AdmissionParameters parameters;
    private final ScalePolicy scale;

    public AdmissionCriteria(AdmissionParameters parameters, ScalePolicy scale) {
        this.parameters = parameters;
        this.scale = scale;
    }

    public AdmissionParameters parameters() {
        return parameters;
    }

    /** Every criterion's answer on the day, and whether a site inspection is required. */
    public CriteriaEvaluation evaluate(ApplicationForm form, Reviews reviews, LocalDate on) {
        return new CriteriaEvaluation(on, List.of(lawfulQualification(form, on), noMajorViolation(reviews),
            realDemand(form), creditGrade(reviews), security(form), productRequirements(form, reviews, on),
            definition(form, reviews)), inspectionRequired(form, reviews));
    }

    /** The last day an application may wait after a step on {@code day} before it expires. */
    public LocalDate expiresOn(LocalDate day) {
        return day.plusDays(parameters.expireAfterDays());
    }

    /** DS-3.4 step 4: for prospects expected to be important, or large enough. */
    boolean inspectionRequired(ApplicationForm form, Reviews reviews) {
        ScaleTier tier = scale.tierFor(annualPurchase(form, reviews));
        return importance(form, reviews).isAtLeast(parameters.inspectionFromImportance())
            || tier.ordinal() <= parameters.inspectionFromTier().ordinal();
    }

    private static CriterionResult lawfulQualification(ApplicationForm form, LocalDate on) {
        Criterion criterion = Criterion.LAWFUL_QUALIFICATION;
        List<QualificationDocument> licences = form.documents().stream()
            .filter(d -> d.kind() == DocumentKind.BUSINESS_LICENCE).toList();
        if (licences.isEmpty()) {
            return CriterionResult.of(criterion, MISSING_EVIDENCE, "no-licence", Map.of());
        }
        for (QualificationDocument document : form.documents()) {
            if (!document.validOn(on)) {
                return CriterionResult.of(criterion, FAIL, "document-expired", Map.of("document", document.number(),
                    "kind", document.kind().name(), "validUntil", document.validUntil().toString(), "on",
                    on.toString()));
            }
        }
        return CriterionResult.of(criterion, PASS, "licence-valid", Map.of("document", licences.get(0).number(),
            "on", on.toString()));
    }

    /**
     * DS-3.3.1: the preliminary review's finding, and from the credit evaluation on, the violations the risk
     * module holds on record: either one is enough to fail.
     */
    private static CriterionResult noMajorViolation(Reviews reviews) {
        Criterion criterion = Criterion.NO_MAJOR_VIOLATION;
        if (reviews.preliminary() == null) {
            return CriterionResult.of(criterion, MISSING_EVIDENCE, "not-checked", Map.of());
        }
        if (reviews.preliminary().majorViolationFound()) {
            return CriterionResult.of(criterion, FAIL, "violation-on-record", Map.of());
        }
        if (reviews.credit() != null && reviews.credit().standing().violationsOnRecord() > 0) {
            return CriterionResult.of(criterion, FAIL, "violation-in-risk-records", Map.of("count",
                Integer.toString(reviews.credit().standing().violationsOnRecord()), "report",
                reviews.credit().standing().reportId()));
        }
        return CriterionResult.of(criterion, PASS, "no-violation", Map.of());
    }

    private CriterionResult realDemand(ApplicationForm form) {
        Criterion criterion = Criterion.REAL_DEMAND;
        PurchaseNeeds needs = form.needs();
        if (needs.productCategories().isEmpty() || !needs.expectedAnnualPurchase().isPositive()) {
            return CriterionResult.of(criterion, FAIL, "no-demand", Map.of());
        }
        if (needs.intendedYears() < parameters.minimumIntendedYears()) {
            return CriterionResult.of(criterion, FAIL, "short-term", Map.of("years",
                Integer.toString(needs.intendedYears()), "minimum",
                Integer.toString(parameters.minimumIntendedYears())));
        }
        return CriterionResult.of(criterion, PASS, "demand-and-intent", Map.of("years",
            Integer.toString(needs.intendedYears())));
    }

    private static CriterionResult creditGrade(Reviews reviews) {
        Criterion criterion = Criterion.CREDIT_GRADE;
        if (reviews.credit() == null) {
            return CriterionResult.of(criterion, MISSING_EVIDENCE, "not-evaluated", Map.of());
        }
        CreditStanding standing = reviews.credit().standing();
        Map<String, String> grades = Map.of("grade", standing.grade(), "minimum", standing.minimumGrade(),
            "report", standing.reportId());
        return standing.atLeastMinimum() ? CriterionResult.of(criterion, PASS, "grade-at-minimum", grades)
            : CriterionResult.of(criterion, FAIL, "grade-below-minimum", grades);
    }

    private static CriterionResult security(ApplicationForm form) {
        Criterion criterion = Criterion.SECURITY_FOR_NEW_CUSTOMER;
        return form.security().isOffered()
            ? CriterionResult.of(criterion, PASS, "security-offered", Map.of("kind", form.security().kind().labelKey()))
            : CriterionResult.of(criterion, MISSING_EVIDENCE, "no-security", Map.of());
    }

    /**
     * DS-3.3.3: each condition a wanted product category requires is declared — or, where the condition
     * names a {@link DocumentKind} (a licence), a document of that kind valid on the day is among the
     * documents.
     */
    private CriterionResult productRequirements(ApplicationForm form, Reviews reviews, LocalDate on) {
        Criterion criterion = Criterion.PRODUCT_REQUIREMENTS;
        List<String> missing = new ArrayList<>();
        for (String category : form.needs().productCategories()) {
            for (String required : parameters.requirementsOf(category)) {
                if (!met(required, form, on) && !missing.contains(required)) {
                    missing.add(required);
                }
            }
        }
        if (!missing.isEmpty()) {
            return CriterionResult.of(criterion, MISSING_EVIDENCE, "conditions-missing",
                Map.of("conditions", String.join(", ", missing)));
        }
        if (reviews.inspection() != null && !reviews.inspection().conditionsConfirmed()) {
            return CriterionResult.of(criterion, FAIL, "conditions-not-found-on-site", Map.of());
        }
        return CriterionResult.of(criterion, PASS, "conditions-met", Map.of());
    }

    private static boolean met(String required, ApplicationForm form, LocalDate on) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(required)) {
                return form.documents().stream().anyMatch(document -> document.kind() == kind && document.validOn(on));
            }
        }
        return form.capabilities().contains(required);
    }

    private CriterionResult definition(ApplicationForm form, Reviews reviews) {
        Criterion criterion = Criterion.DIRECT_SUPPLY_DEFINITION;
        if (!form.needs().buysDirectly()) {
            return CriterionResult.of(criterion, FAIL, "not-direct", Map.of());
        }
        Money threshold = Money.of(parameters.directSupplyMinimum(), scale.parameters().currency());
        StrategicImportance importance = importance(form, reviews);
        if (reviews.credit() != null && reviews.credit().confirmedAnnualPurchase().isAtLeast(threshold)) {
            return CriterionResult.of(criterion, PASS, "at-scale", Map.of("confirmed",
                reviews.credit().confirmedAnnualPurchase().toString(), "threshold", threshold.toString()));
        }
        if (importance.isAtLeast(StrategicImportance.IMPORTANT)) {
            return CriterionResult.of(criterion, PASS, "strategic", Map.of("importance", importance.name()));
        }
        if (reviews.credit() == null) {
            return CriterionResult.of(criterion, MISSING_EVIDENCE, "volume-not-confirmed", Map.of("threshold",
                threshold.toString()));
        }
        return CriterionResult.of(criterion, FAIL, "below-scale", Map.of("confirmed",
            reviews.credit().confirmedAnnualPurchase().toString(), "threshold", threshold.toString()));
    }

    /**
     * The higher of the importance sales expects and the one the final review confirmed: confirming a lower
     * one does not spare the inspection the expected one requires.
     */
    private static StrategicImportance importance(ApplicationForm form, Reviews reviews) {
        StrategicImportance expected = form.expectedImportance();
        if (reviews.decision() == null || expected.isAtLeast(reviews.decision().importance())) {
            return expected;
        }
        return reviews.decision().importance();
    }

    /** The confirmed annual purchase, or else the declared one. */
    private static Money annualPurchase(ApplicationForm form, Reviews reviews) {
        return reviews.credit() != null ? reviews.credit().confirmedAnnualPurchase()
            : form.needs().expectedAnnualPurchase();
    }
}
