package dev.directsupply.risk.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of scoring one customer: a line per factor, the score (the exact sum of the lines'
 * contributions, 0 to 100) and the grade it maps to.
 */
public record Evaluation(List<ScoreLine> lines, BigDecimal score, CreditGrade grade) {

    public Evaluation {
        lines = List.copyOf(lines);
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreLine line : lines) {
            sum = sum.add(line.contribution());
        }
        if (sum.compareTo(score) != 0) {
            throw new IllegalArgumentException("an evaluation's contributions add up to its score: " + sum + " ≠ "
                + score);
        }
    }
}
