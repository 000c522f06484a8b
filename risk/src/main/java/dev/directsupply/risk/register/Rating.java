package dev.directsupply.risk.register;

import java.util.Objects;

/** A risk's likelihood and impact, 1 (least) to 5 (most) each; its score is their product, 1 to 25. */
public record Rating(int likelihood, int impact, RiskLevel level) {
    public Rating {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact are 1 to 5");
        }
        Objects.requireNonNull(level, "level");
    }

    public int score() {
        return likelihood * impact;
    }
}
