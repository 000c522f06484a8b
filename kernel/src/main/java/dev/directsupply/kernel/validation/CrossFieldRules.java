package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Violation;
import java.util.List;

/**
 * A value with rules across its fields that annotations cannot state: a date after another, a
 * threshold below another, a line named twice. The validator runs them after the annotations, even
 * when those failed, so they must tolerate missing fields; each violation names its field relative
 * to the value ({@code mediumThreshold}, {@code lines[1].line}). A record nested in a command or a policy
 * section — a component, or a collection of them — has its rules asked too ({@link #of}), named by their
 * path ({@code details.security.guarantee}).
 */
public interface CrossFieldRules {

    /** What breaks a rule across fields; empty when nothing does. */
    default List<Violation> crossFieldViolations() {
        return List.of();
    }

    /** The rules across fields of the value and of every record nested in it, each named by its path. */
    static List<Violation> of(Object value) {
        return NestedRules.of(value);
    }
}
