package dev.directsupply.orders.order;

import dev.directsupply.kernel.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** The rule across a command's lines: each order line is named once. */
final class LineNumbers {
    private LineNumbers() {
    }

    /**
     * A line number given twice in the list; null items are skipped (the constraints name them), and
     * indexes stay those of the list as sent.
     */
    static <T> List<Violation> namedTwice(List<T> items, ToIntFunction<T> lineOf, String field) {
        if (items == null) {
            return List.of();
        }
        Set<Integer> seen = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null && !seen.add(lineOf.applyAsInt(item))) {
                problems.add(Violation.of(field + "[" + i + "].line", "orders.constraint.duplicate-line", "",
                    Map.of("line", lineOf.applyAsInt(item))));
            }
        }
        return problems;
    }
}
