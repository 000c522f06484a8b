package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.risk.account.DunningLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters of receivables and collection (DS-6.2.1 manage receivables, chase
 * collection), the {@code receivables} section: the upper bounds of the ageing buckets in days past
 * due, the dunning levels in the order they are reached, the days-sales-outstanding period, and the credit
 * note above which (or on an overdue invoice) a note needs the write-off permission, since a note for
 * what is owed writes it off. The policy asks for management and collection; these values are the
 * company's choice.
 */
public record ReceivablesParameters(
    @NotEmpty List<@NotNull @InRange(min = 0, max = 3660) Integer> ageingBucketUpperBounds,
    @NotEmpty List<@Valid @NotNull DunningLevel> dunningLevels,
    @InRange(min = 1, max = 366, rule = "DS-6.2.1") int dsoPeriodDays,
    @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal creditNoteApprovalAbove)
    implements CrossFieldRules {

    public static final ParameterSection<ReceivablesParameters> SECTION = ParameterSection.of("receivables",
        ReceivablesParameters.class, "/dev/directsupply/risk/policy-defaults.json");

    /** The buckets start at 0 (current) and rise; each dunning level comes later than the one before. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        if (ageingBucketUpperBounds != null && !ageingBucketUpperBounds.contains(null)
            && !ageingBucketUpperBounds.isEmpty()) {
            if (ageingBucketUpperBounds.get(0) != 0) {
                problems.add(Violation.of("ageingBucketUpperBounds", "risk.parameter.buckets-start", "DS-6.2.1",
                    Map.of("value", ageingBucketUpperBounds.get(0))));
            }
            for (int i = 1; i < ageingBucketUpperBounds.size(); i++) {
                if (ageingBucketUpperBounds.get(i) <= ageingBucketUpperBounds.get(i - 1)) {
                    problems.add(Violation.of("ageingBucketUpperBounds", "risk.parameter.buckets-order", "DS-6.2.1",
                        Map.of("value", ageingBucketUpperBounds.get(i), "before", ageingBucketUpperBounds.get(i - 1))));
                }
            }
        }
        if (dunningLevels != null) {
            int before = 0;
            for (int i = 0; i < dunningLevels.size(); i++) {
                DunningLevel level = dunningLevels.get(i);
                if (level != null && level.daysAfterDue() <= before) {
                    problems.add(Violation.of("dunningLevels[" + i + "].daysAfterDue", "risk.parameter.dunning-order",
                        "DS-6.2.1", Map.of("value", level.daysAfterDue(), "before", before)));
                }
                before = level == null ? before : level.daysAfterDue();
            }
        }
        return problems;
    }
}
