package dev.directsupply.admission.development;

import dev.directsupply.admission.lead.LeadChannel;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Set a development target for a stage (DS-3.1.1): its first and last day, the segment it is about (each
 * trait left out for any: a region, an {@link Industry}, a {@link ScaleTier} and a {@link LeadChannel}
 * code), the goals, and the stage's focus and direction.
 */
public record SetDevelopmentTarget(
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @Valid @NotNull SegmentDetails segment,
    @Valid @NotNull GoalDetails goals,
    @MultiLine @NotBlank @Size(max = 1000) String focus) implements Command {

    @Override
    public Permission permission() {
        return TargetPermissions.SET_TARGETS;
    }

    /** A stage ends on or after it starts. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (from != null && to != null && to.isBefore(from)) {
            return List.of(Violation.of("to", "admission.constraint.period-order", "DS-3.1.1", Map.of("from", from)));
        }
        return List.of();
    }

    /** The segment's traits, each {@code null} for any. */
    public record SegmentDetails(@Size(max = 60) String region,
                                 @OneOf(value = Industry.class, rule = "DS-2.2.2") String industry,
                                 @OneOf(value = ScaleTier.class, rule = "DS-2.2.1") String tier,
                                 @OneOf(value = LeadChannel.class, rule = "DS-3.1.2") String channel) {
        Segment toSegment() {
            return new Segment(region == null || region.isBlank() ? null : region.strip(),
                industry == null ? null : Industry.valueOf(industry), tier == null ? null : ScaleTier.valueOf(tier),
                channel == null ? null : LeadChannel.valueOf(channel));
        }
    }

    /** The stage's goals: prospects contacted, applications, admissions. */
    public record GoalDetails(@jakarta.validation.constraints.PositiveOrZero int prospectsContacted,
                              @jakarta.validation.constraints.PositiveOrZero int applications,
                              @jakarta.validation.constraints.PositiveOrZero int admissions) {
        Goals toGoals() {
            return new Goals(prospectsContacted, applications, admissions);
        }
    }
}
