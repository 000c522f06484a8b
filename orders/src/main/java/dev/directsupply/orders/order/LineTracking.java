package dev.directsupply.orders.order;

import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One released line's plan and progress (DS-4.1.3, DS-4.1.4): how much of it comes from stock and how
 * much is made, when it was released, production's plan for it, and the milestones reached.
 */
public record LineTracking(int line, Split split, LocalDate releasedOn, Plan plan, Milestones reached) {

    public LineTracking {
        Require.nonNull(split, "split", releasedOn, "releasedOn", plan, "plan", reached, "reached");
        if (split.toProduce().signum() > 0 && (plan.start() == null || plan.finish() == null
            || plan.projectedFinish() == null)) {
            throw new IllegalArgumentException("line " + line + ": what is produced has a planned start and finish");
        }
    }

    /** The line's quantity, and how much of it is taken from stock and how much made. */
    public record Split(BigDecimal quantity, BigDecimal fromStock, BigDecimal toProduce) {
        public Split {
            Require.nonNull(quantity, "quantity", fromStock, "fromStock", toProduce, "toProduce");
        }
    }

    /** Production's plan for the line: start and finish, and the finish it projects now. */
    public record Plan(LocalDate start, LocalDate finish, LocalDate projectedFinish) {
        Plan projecting(LocalDate projected) {
            return new Plan(start, finish, projected);
        }
    }

    /** The milestones the line reached, each null until it did. */
    public record Milestones(LocalDate startedOn, LocalDate finishedOn, LocalDate packedOn) {
        static final Milestones NONE = new Milestones(null, null, null);
    }

    /** A line just released on the plan. */
    public static LineTracking released(int line, Split split, LocalDate releasedOn, LocalDate plannedStart,
                                        LocalDate plannedFinish) {
        return new LineTracking(line, split, releasedOn, new Plan(plannedStart, plannedFinish, plannedFinish),
            Milestones.NONE);
    }

    public BigDecimal quantity() {
        return split.quantity();
    }

    public BigDecimal fromStock() {
        return split.fromStock();
    }

    public LocalDate plannedStart() {
        return plan.start();
    }

    public LocalDate projectedFinish() {
        return plan.projectedFinish();
    }

    public LocalDate packedOn() {
        return reached.packedOn();
    }

    public LocalDate finishedOn() {
        return reached.finishedOn();
    }

    public LocalDate startedOn() {
        return reached.startedOn();
    }

    /** Whether anything of the line is produced. */
    public boolean isProduced() {
        return split.toProduce().signum() > 0;
    }

    /** Whether the whole line can leave: taken from stock, or produced and packed. */
    public boolean isReady() {
        return !isProduced() || reached.packedOn() != null;
    }

    /** How much of the line can leave now. */
    public BigDecimal readyQuantity() {
        return isReady() ? split.quantity() : split.fromStock();
    }

    /**
     * When the line will be ready, as far as can be told on the day: the day it became ready; else
     * the projected finish, pushed back by a late start and never earlier than the day itself.
     */
    public LocalDate projectedReady(LocalDate today) {
        if (isReady()) {
            return reached.packedOn() != null ? reached.packedOn() : releasedOn;
        }
        if (reached.finishedOn() != null) {
            return reached.finishedOn().isAfter(today) ? reached.finishedOn() : today;
        }
        LocalDate projected = plan.projectedFinish();
        if (reached.startedOn() == null && today.isAfter(plan.start())) {
            projected = projected.plusDays(ChronoUnit.DAYS.between(plan.start(), today));
        }
        return projected.isBefore(today) ? today : projected;
    }

    /** The line after a milestone on the day; {@code newProjection}, when given, replaces the projected finish. */
    public LineTracking reached(Milestone milestone, LocalDate on, LocalDate newProjection) {
        LocalDate started = reached.startedOn() == null ? on : reached.startedOn();
        return switch (milestone) {
            case PRODUCTION_STARTED -> with(plan.projecting(newProjection != null ? newProjection : startShifted(on)),
                new Milestones(on, reached.finishedOn(), reached.packedOn()));
            case PRODUCTION_FINISHED -> with(plan.projecting(on), new Milestones(started, on, reached.packedOn()));
            case PACKED -> with(plan.projecting(newProjection != null ? newProjection : plan.projectedFinish()),
                new Milestones(started, reached.finishedOn() == null ? on : reached.finishedOn(), on));
        };
    }

    private LineTracking with(Plan nextPlan, Milestones next) {
        return new LineTracking(line, split, releasedOn, nextPlan, next);
    }

    /**
     * The planned duration counted from the actual start: the plan when it started on time or early,
     * later by the days it started late. Counted from the plan, so a repeated report moves nothing.
     */
    private LocalDate startShifted(LocalDate startedOnDay) {
        if (!startedOnDay.isAfter(plan.start())) {
            return plan.finish();
        }
        return plan.finish().plusDays(ChronoUnit.DAYS.between(plan.start(), startedOnDay));
    }
}
