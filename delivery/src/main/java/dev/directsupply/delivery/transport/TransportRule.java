package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of transport choice (DS-4.2.1): a mode and the conditions under which it is chosen. A condition
 * left out (empty or null) holds for every shipment; a rule holds when all of its conditions do.
 *
 * @param name        the rule's name, given as the reason of a choice
 * @param mode        the mode chosen
 * @param pickedUp    whether the customer collects the goods; null for either
 * @param bands       the distance bands it serves; empty for all
 * @param urgencies   the urgencies it serves; empty for all
 * @param requires    the special handling the goods must need, every one
 * @param excludes    the special handling the goods must not need, any one
 * @param minWeightKg the least total weight it serves; null for none
 * @param maxWeightKg the most total weight it serves; null for no limit
 * @param maxVolumeM3 the most total volume it serves; null for no limit
 */
public record TransportRule(@NotBlank @Size(max = 60) String name, @NotNull TransportMode mode, Boolean pickedUp,
                            Set<@NotNull DistanceBand> bands, Set<@NotNull Urgency> urgencies,
                            Set<@NotNull Handling> requires, Set<@NotNull Handling> excludes,
                            @PositiveOrZero @DecimalMax("1e9") BigDecimal minWeightKg,
                            @PositiveOrZero @DecimalMax("1e9") BigDecimal maxWeightKg,
                            @PositiveOrZero @DecimalMax("1e9") BigDecimal maxVolumeM3) implements CrossFieldRules {

    public TransportRule {
        bands = bands == null ? Set.of() : Set.copyOf(bands);
        urgencies = urgencies == null ? Set.of() : Set.copyOf(urgencies);
        requires = requires == null ? Set.of() : Set.copyOf(requires);
        excludes = excludes == null ? Set.of() : Set.copyOf(excludes);
    }

    /** The reasons the rule chooses its mode for the need, or empty when one of its conditions fails. */
    public Optional<List<TransportReason>> reasonsFor(TransportNeed need) {
        List<TransportReason> reasons = new ArrayList<>();
        if (pickedUp != null) {
            if (pickedUp != need.pickedUp()) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("pickedUp", Boolean.toString(need.pickedUp())));
        }
        if (!bands.isEmpty()) {
            if (!bands.contains(need.band())) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("band", need.band().name()));
        }
        if (!urgencies.isEmpty()) {
            if (!urgencies.contains(need.urgency())) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("urgency", need.urgency().name()));
        }
        for (Handling handling : Handling.values()) {
            if (requires.contains(handling)) {
                if (!need.handling().contains(handling)) {
                    return Optional.empty();
                }
                reasons.add(new TransportReason("handling", handling.name()));
            }
            if (excludes.contains(handling)) {
                if (need.handling().contains(handling)) {
                    return Optional.empty();
                }
                reasons.add(new TransportReason("handling", "not " + handling.name()));
            }
        }
        if (minWeightKg != null) {
            if (need.weightKg().compareTo(minWeightKg) < 0) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("weightKg", need.weightKg().toPlainString() + " ≥ "
                + minWeightKg.toPlainString()));
        }
        if (maxWeightKg != null) {
            if (need.weightKg().compareTo(maxWeightKg) > 0) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("weightKg", need.weightKg().toPlainString() + " ≤ "
                + maxWeightKg.toPlainString()));
        }
        if (maxVolumeM3 != null) {
            if (need.volumeM3().compareTo(maxVolumeM3) > 0) {
                return Optional.empty();
            }
            reasons.add(new TransportReason("volumeM3", need.volumeM3().toPlainString() + " ≤ "
                + maxVolumeM3.toPlainString()));
        }
        return Optional.of(reasons);
    }

    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>();
        if (minWeightKg != null && maxWeightKg != null && minWeightKg.compareTo(maxWeightKg) > 0) {
            violations.add(Violation.of("maxWeightKg", "delivery.error.weights-out-of-order", "DS-4.2.1",
                Map.of("min", minWeightKg.toPlainString())));
        }
        if (requires.stream().anyMatch(excludes::contains)) {
            violations.add(Violation.of("excludes", "delivery.error.handling-required-and-excluded", "DS-4.2.1",
                Map.of()));
        }
        return violations;
    }
}
