package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy parameters of receivables (DS-6.2.1), the {@code receivables} section: the ageing
 * buckets' upper bounds in days past due (the first 0, rising), the dunning levels (days after the
 * due date, rising, each with its action), and the period over which days sales outstanding are measured.
 */
public record ReceivablesParameters(List<Integer> ageingBucketUpperBounds, List<DunningLevel> dunningLevels,
                                    int dsoPeriodDays) {
    public static final String SECTION = "receivables";
    private static final Set<String> KEYS = Set.of("ageingBucketUpperBounds", "dunningLevels", "dsoPeriodDays");

    public ReceivablesParameters {
        ageingBucketUpperBounds = List.copyOf(ageingBucketUpperBounds);
        dunningLevels = List.copyOf(dunningLevels);
    }

    /** Reads the section; problems go to the reader and the result is then null. */
    public static ReceivablesParameters read(PolicySection section, ParameterReader reader,
                                             ReceivablesParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        List<Integer> bounds = fallback == null || section.has("ageingBucketUpperBounds")
            ? bounds(mine, section) : fallback.ageingBucketUpperBounds();
        List<DunningLevel> levels = fallback == null || section.has("dunningLevels")
            ? levels(mine, section) : fallback.dunningLevels();
        Integer period = mine.integer(section, "dsoPeriodDays", fallback == null ? null : fallback.dsoPeriodDays(), 1,
            366);
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null : new ReceivablesParameters(bounds, levels, period);
    }

    private static List<Integer> bounds(ParameterReader reader, PolicySection section) {
        String key = section.pathOf("ageingBucketUpperBounds");
        Object raw = section.value("ageingBucketUpperBounds").orElse(null);
        List<Integer> bounds = new ArrayList<>();
        if (!(raw instanceof List<?> items) || items.isEmpty()) {
            reader.problem(key, raw == null ? "kernel.parameter.missing" : "kernel.parameter.not-a-list", "", Map.of());
            return bounds;
        }
        for (Object item : items) {
            if (!(item instanceof BigDecimal number) || number.stripTrailingZeros().scale() > 0) {
                reader.problem(key, "kernel.parameter.not-a-number", "", Map.of("value", String.valueOf(item)));
                return bounds;
            }
            bounds.add(number.intValueExact());
        }
        if (bounds.get(0) != 0) {
            reader.problem(key, "risk.parameter.buckets-start", "DS-6.2.1", Map.of("value", bounds.get(0)));
        }
        for (int i = 1; i < bounds.size(); i++) {
            if (bounds.get(i) <= bounds.get(i - 1)) {
                reader.problem(key, "risk.parameter.buckets-order", "DS-6.2.1",
                    Map.of("value", bounds.get(i), "before", bounds.get(i - 1)));
            }
        }
        return bounds;
    }

    private static List<DunningLevel> levels(ParameterReader reader, PolicySection section) {
        List<DunningLevel> levels = new ArrayList<>();
        int before = 0;
        int number = 1;
        for (PolicySection item : reader.sections(section, "dunningLevels", true)) {
            reader.onlyKnownKeys(item, Set.of("daysAfterDue", "action"));
            Integer days = reader.integer(item, "daysAfterDue", null, 1, 3660);
            DunningAction action = reader.choice(item, "action", DunningAction.class, null);
            if (days != null && days <= before) {
                reader.problem(item.pathOf("daysAfterDue"), "risk.parameter.dunning-order", "DS-6.2.1",
                    Map.of("value", days, "before", before));
            }
            if (days != null && action != null) {
                levels.add(new DunningLevel(number++, days, action));
                before = days;
            }
        }
        return levels;
    }
}
