package dev.directsupply.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Proposes a customer's strategic importance from the criteria of {@link ImportanceParameters} (DS-2.2.3):
 * contribution from the scale tier of its annual purchase, tenure from the years since it became active
 * (admitted or imported; a customer not yet active has none), strategic fit from its industry or
 * sub-industry; and says when a customer's importance is due for review.
 */
public final class ImportancePolicy {
    private final ImportanceParameters parameters;

    public ImportancePolicy(ImportanceParameters parameters) {
        this.parameters = parameters;
    }

    public ImportanceProposal propose(Customer customer, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        ScaleTier tier = customer.scaleTier();
        ImportanceProposal.Line contribution = line("contribution", parameters.tierPoints().get(tier),
            parameters.contributionWeight(), "customer.importance-reason.contribution",
            Map.of("tier", tier.labelKey(), "amount", customer.classification().scale().annualPurchase().toString()));
        int years = activeSince(customer).map(since -> Period.between(LocalDate.ofInstant(since, clock.getZone()),
            today).getYears()).orElse(0);
        ImportanceProposal.Line tenure = line("tenure", tenurePoints(years), parameters.tenureWeight(),
            "customer.importance-reason.tenure", Map.of("years", Integer.toString(years)));
        IndustryClassification industry = customer.industry();
        boolean strategic = parameters.strategicIndustries().contains(industry.industry().name())
            || industry.subIndustry() != null
            && parameters.strategicIndustries().contains(industry.subIndustry().name());
        ImportanceProposal.Line fit = line("fit", strategic ? 100 : 0, parameters.fitWeight(),
            strategic ? "customer.importance-reason.strategic-industry" : "customer.importance-reason.other-industry",
            Map.of("industry", industry.code()));
        List<ImportanceProposal.Line> lines = List.of(contribution, tenure, fit);
        BigDecimal score = lines.stream().map(ImportanceProposal.Line::contribution)
            .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new ImportanceProposal(customer.id(), lines, score, proposed(score), customer.importance());
    }

    /** Whether the importance was last set longer ago than the review interval (or never since registering). */
    public boolean reviewDue(Customer customer, Clock clock) {
        Instant last = customer.classificationHistory().stream()
            .filter(change -> change.dimension() == ClassificationDimension.STRATEGIC_IMPORTANCE)
            .map(ClassificationChange::at).reduce((first, second) -> second).orElse(customer.registeredAt());
        return !LocalDate.ofInstant(last, clock.getZone()).plusMonths(parameters.reviewIntervalMonths())
            .isAfter(LocalDate.now(clock));
    }

    private static java.util.Optional<Instant> activeSince(Customer customer) {
        return customer.statusHistory().stream().filter(change -> change.to() == CustomerStatus.ACTIVE)
            .map(StatusChange::at).findFirst();
    }

    private int tenurePoints(int years) {
        int points = 0;
        for (int i = 0; i < parameters.tenureYears().size(); i++) {
            if (years >= parameters.tenureYears().get(i)) {
                points = parameters.tenurePoints().get(i);
            }
        }
        return points;
    }

    private StrategicImportance proposed(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(parameters.coreFrom())) >= 0) {
            return StrategicImportance.CORE;
        }
        return score.compareTo(BigDecimal.valueOf(parameters.importantFrom())) >= 0 ? StrategicImportance.IMPORTANT
            : StrategicImportance.GENERAL;
    }

    private static ImportanceProposal.Line line(String criterion, int points, BigDecimal weight, String reason,
                                                Map<String, String> arguments) {
        return new ImportanceProposal.Line(criterion, points, weight,
            weight.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP), reason, arguments);
    }
}
