package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Violation;
import java.util.List;

/**
 * A value with rules across its fields that annotations cannot state: a date after another, a
 * threshold below another, a line named twice. The validator runs them after the annotations, even
 * when those failed, so they must tolerate missing fields; each violation names its field relative
 * to the value ({@code mediumThreshold}, {@code lines[1].line}).
 */
public interface CrossFieldRules {

    /** What breaks a rule across fields; empty when nothing does. */
    default List<Violation> crossFieldViolations() {
        return List.of();
    }
}
