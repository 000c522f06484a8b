package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery terms: the {@link DeliveryMode} codes allowed, the places delivered to, and the fewest days
 * of shelf life a product must have left on delivery (DS-4.2.2).
 */
public record DeliveryDetails(@NotNull @Size(min = 1, max = 6)
                              List<@NotBlank @OneOf(value = DeliveryMode.class, rule = "DS-4.2.1") String> modes,
                              @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull PlaceDetails> places,
                              @InRange(min = 0, max = 3650, rule = "DS-4.2.2") int minimumRemainingShelfLifeDays)
    implements CrossFieldRules {

    /** Each place's code names one place. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; places != null && i < places.size(); i++) {
            PlaceDetails place = places.get(i);
            if (place != null && place.code() != null && !codes.add(place.code().strip())) {
                problems.add(Violation.of("places[" + i + "].code", "admission.constraint.place-listed-twice", "",
                    Map.of("code", place.code())));
            }
        }
        return problems;
    }

    DeliveryTerms toTerms() {
        return new DeliveryTerms(modes.stream().map(mode -> DeliveryMode.valueOf(mode.strip()))
            .collect(Collectors.toSet()), places.stream().map(PlaceDetails::toPlace).toList(),
            minimumRemainingShelfLifeDays);
    }
}
