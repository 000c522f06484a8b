package dev.directsupply.risk.account;

import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import dev.directsupply.risk.credit.CreditGrade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mitigation measures by grade and overdue state (DS-6.2.1), the {@code mitigation} section:
 * rows naming grades and overdue states, each pair covered exactly once, plus the measures of a
 * customer not yet graded, and whether an upgrade relaxes the measures by itself ({@code relaxOnUpgrade})
 * or they stay as strict as before until someone relaxes them.
 */
public final class MitigationTable {
    public static final String SECTION = "mitigation";
    private static final Set<String> ROW_KEYS = Set.of("grades", "overdue", "prepaymentRatio", "paymentTermDays",
        "guaranteeRequired", "creditStop");

    private final Map<CreditGrade, Map<OverdueState, Measures>> rows;
    private final Measures ungraded;
    private final boolean relaxOnUpgrade;

    public MitigationTable(Map<CreditGrade, Map<OverdueState, Measures>> rows, Measures ungraded,
                           boolean relaxOnUpgrade) {
        Map<CreditGrade, Map<OverdueState, Measures>> copy = new EnumMap<>(CreditGrade.class);
        rows.forEach((grade, byState) -> copy.put(grade, Map.copyOf(byState)));
        this.rows = copy;
        this.ungraded = Objects.requireNonNull(ungraded, "ungraded");
        this.relaxOnUpgrade = relaxOnUpgrade;
    }

    /** The measures of a grade (null: not graded) in an overdue state. */
    public Measures measuresFor(CreditGrade grade, OverdueState state) {
        return grade == null ? ungraded : rows.get(grade).get(state);
    }

    public boolean relaxOnUpgrade() {
        return relaxOnUpgrade;
    }

    /** Reads the section; a pair covered twice or not at all is a problem naming it. */
    public static MitigationTable read(PolicySection section, ParameterReader reader, MitigationTable fallback) {
        if (fallback != null && section.keys().isEmpty()) {
            return fallback;
        }
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, Set.of("relaxOnUpgrade", "ungraded", "rows"));
        Object relax = section.value("relaxOnUpgrade").orElse(fallback == null ? null : fallback.relaxOnUpgrade());
        if (!(relax instanceof Boolean)) {
            mine.problem(section.pathOf("relaxOnUpgrade"), "risk.parameter.boolean", "", Map.of());
        }
        Measures ungraded = measures(mine, mine.section(section, "ungraded"));
        Map<CreditGrade, Map<OverdueState, Measures>> rows = new EnumMap<>(CreditGrade.class);
        for (PolicySection row : mine.sections(section, "rows", true)) {
            mine.onlyKnownKeys(row, ROW_KEYS);
            List<CreditGrade> grades = choices(mine, row, "grades", CreditGrade.class);
            List<OverdueState> states = choices(mine, row, "overdue", OverdueState.class);
            Measures measures = measures(mine, row);
            for (CreditGrade grade : grades) {
                for (OverdueState state : states) {
                    Measures earlier = rows.computeIfAbsent(grade, g -> new EnumMap<>(OverdueState.class))
                        .putIfAbsent(state, measures);
                    if (earlier != null) {
                        mine.problem(row.path(), "risk.parameter.rows-overlap", "DS-6.2.1",
                            Map.of("grade", grade.name(), "state", state.name()));
                    }
                }
            }
        }
        for (CreditGrade grade : CreditGrade.values()) {
            for (OverdueState state : OverdueState.values()) {
                if (!rows.getOrDefault(grade, Map.of()).containsKey(state)) {
                    mine.problem(section.pathOf("rows"), "risk.parameter.rows-uncovered", "DS-6.2.1",
                        Map.of("grade", grade.name(), "state", state.name()));
                }
            }
        }
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null : new MitigationTable(rows, ungraded, (Boolean) relax);
    }

    private static Measures measures(ParameterReader reader, PolicySection row) {
        BigDecimal ratio = CreditCheckParameters.ratio(reader, row, "prepaymentRatio", null);
        Integer days = reader.integer(row, "paymentTermDays", null, 0, 365);
        boolean guarantee = flag(reader, row, "guaranteeRequired");
        boolean stop = flag(reader, row, "creditStop");
        return ratio == null || days == null ? null : new Measures(ratio, days, guarantee, stop);
    }

    private static boolean flag(ParameterReader reader, PolicySection row, String key) {
        Object value = row.value(key).orElse(null);
        if (!(value instanceof Boolean flag)) {
            reader.problem(row.pathOf(key), value == null ? "kernel.parameter.missing" : "risk.parameter.boolean", "",
                Map.of());
            return false;
        }
        return flag;
    }

    private static <E extends Enum<E>> List<E> choices(ParameterReader reader, PolicySection row, String key,
                                                       Class<E> type) {
        Object raw = row.value(key).orElse(null);
        List<E> values = new ArrayList<>();
        if (!(raw instanceof List<?> items) || items.isEmpty()) {
            reader.problem(row.pathOf(key), "kernel.parameter.not-a-list", "", Map.of());
            return values;
        }
        for (Object item : items) {
            try {
                values.add(Enum.valueOf(type, String.valueOf(item)));
            } catch (IllegalArgumentException unknown) {
                reader.problem(row.pathOf(key), "kernel.parameter.choice", "",
                    Map.of("value", String.valueOf(item), "allowed", List.of(type.getEnumConstants())));
            }
        }
        return values;
    }
}
