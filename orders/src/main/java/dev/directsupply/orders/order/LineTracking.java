package dev.directsupply.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A released line's plan and progress (DS-4.1.3, DS-4.1.4): what comes from stock, what production
 * makes and when it planned to, and the milestones reported since.
 *
 * @param plannedStart    null when nothing is produced
 * @param plannedFinish   null when nothing is produced
 * @param projectedFinish the finish production last projected (the plan until it says otherwise)
 */
public record LineTracking(int line, BigDecimal quantity, BigDecimal fromStock, BigDecimal toProduce,
                           LocalDate releasedOn, LocalDate plannedStart, LocalDate plannedFinish,
                           LocalDate projectedFinish, LocalDate startedOn, LocalDate finishedOn, LocalDate packedOn) {

    public LineTracking {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(fromStock, "fromStock");
        Objects.requireNonNull(toProduce, "toProduce");
        Objects.requireNonNull(releasedOn, "releasedOn");
        if (toProduce.signum() > 0 && (plannedStart == null || plannedFinish == null || projectedFinish == null)) {
            throw new IllegalArgumentException("line " + line + ": what is produced has a planned start and finish");
        }
    }

    /** Whether anything of the line is produced. */
    public boolean isProduced() {
        return toProduce.signum() > 0;
    }

    /** Whether the whole line can leave: taken from stock, or produced and packed. */
    public boolean isReady() {
        return !isProduced() || packedOn != null;
    }

    /** How much of the line can leave now. */
    public BigDecimal readyQuantity() {
        return isReady() ? quantity : fromStock;
    }

    /**
     * When the line will be ready, as far as can be told on the day: the day it became ready; else
     * the projected finish, pushed back by a late start and never earlier than the day itself.
     */
    public LocalDate projectedReady(LocalDate today) {
        if (isReady()) {
            return packedOn != null ? packedOn : releasedOn;
        }
        if (finishedOn != null) {
            return finishedOn.isAfter(today) ? finishedOn : today;
        }
        LocalDate projected = projectedFinish;
        if (startedOn == null && today.isAfter(plannedStart)) {
            projected = projected.plusDays(ChronoUnit.DAYS.between(plannedStart, today));
        }
        return projected.isBefore(today) ? today : projected;
    }

    /** The line after a milestone on the day; {@code newProjection}, when given, replaces the projected finish. */
    public LineTracking reached(Milestone milestone, LocalDate on, LocalDate newProjection) {
        LocalDate projected = newProjection != null ? newProjection : projectedFinish;
        return switch (milestone) {
            case PRODUCTION_STARTED -> new LineTracking(line, quantity, fromStock, toProduce, releasedOn, plannedStart,
                plannedFinish, newProjection != null ? newProjection : startShifted(on), on, finishedOn, packedOn);
            case PRODUCTION_FINISHED -> new LineTracking(line, quantity, fromStock, toProduce, releasedOn, plannedStart,
                plannedFinish, on, startedOn == null ? on : startedOn, on, packedOn);
            case PACKED -> new LineTracking(line, quantity, fromStock, toProduce, releasedOn, plannedStart,
                plannedFinish, projected, startedOn == null ? on : startedOn, finishedOn == null ? on : finishedOn, on);
        };
    }

    /**
     * The planned duration counted from the actual start: the plan when it started on time or early,
     * later by the days it started late. Counted from the plan, so a repeated report moves nothing.
     */
    private LocalDate startShifted(LocalDate startedOnDay) {
        if (!startedOnDay.isAfter(plannedStart)) {
            return plannedFinish;
        }
        return plannedFinish.plusDays(ChronoUnit.DAYS.between(plannedStart, startedOnDay));
    }
}
