package dev.directsupply.risk.credit;

import java.math.BigDecimal;

/**
 * How one factor scored: its raw input (empty when missing), the points its band gave, the weight it
 * counted with (after any excluded factors' weight was shared out), its contribution (points ×
 * weight) and the reason code.
 */
public record ScoreLine(String factor, String rawValue, int points, BigDecimal weight, BigDecimal contribution,
                        String reason) {
}
