package dev.directsupply.admission.cooperation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery terms (DS-3.4 step 6, DS-4.2): the ways of delivering allowed, the places delivered to with
 * their transport days, and the shelf life a product must at least have left on delivery (DS-4.2.2).
 */
public record DeliveryTerms(Set<DeliveryMode> modes, List<AgreedPlace> places, int minimumRemainingShelfLifeDays) {
    public DeliveryTerms {
        // In the enum's order, so that an agreement is stored the same way every time.
        modes = modes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modes));
        places = List.copyOf(places);
    }

    /** The place with the code. */
    public Optional<AgreedPlace> place(String code) {
        return places.stream().filter(place -> place.code().equals(code)).findFirst();
    }
}
