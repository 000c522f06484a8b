package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import java.util.List;
import java.util.Map;

/**
 * Where the distance bands end, in kilometres by road from the plant: the company's choice, not the policy's.
 *
 * @param localUpToKm    the farthest a LOCAL place is
 * @param regionalUpToKm the farthest a REGIONAL place is; farther is LONG_DISTANCE, abroad is OVERSEAS
 */
public record DistanceBands(@InRange(min = 1, max = 100_000, rule = "DS-4.2.1") int localUpToKm,
                            @InRange(min = 1, max = 100_000, rule = "DS-4.2.1") int regionalUpToKm)
    implements CrossFieldRules {

    /** The band of a place so far away, or OVERSEAS for one abroad. */
    public DistanceBand of(int distanceKm, boolean overseas) {
        if (overseas) {
            return DistanceBand.OVERSEAS;
        }
        return distanceKm <= localUpToKm ? DistanceBand.LOCAL
            : distanceKm <= regionalUpToKm ? DistanceBand.REGIONAL : DistanceBand.LONG_DISTANCE;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        return regionalUpToKm > localUpToKm ? List.of() : List.of(Violation.of("regionalUpToKm",
            "delivery.error.bands-out-of-order", "DS-4.2.1", Map.of("local", localUpToKm)));
    }
}
