package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.parameters.ParameterSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery module's policy section (DS-4.2.1). The policy asks that transport be chosen and capacity
 * allocated by priority; how far each distance band reaches, the rules of choice, the mode when none holds and
 * each mode's daily capacity are the company's choice. A mode without a daily capacity is not limited.
 */
public record DeliveryParameters(@Valid @NotNull DistanceBands bands,
                                 @NotNull @Size(max = 50) List<@Valid @NotNull TransportRule> rules,
                                 @NotNull TransportMode fallback,
                                 @NotNull Map<@NotNull TransportMode, @Valid @NotNull DailyCapacity> dailyCapacity) {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<DeliveryParameters> SECTION = ParameterSection.of("delivery",
        DeliveryParameters.class, "/dev/directsupply/delivery/policy-defaults.json");

    public DeliveryParameters {
        rules = rules == null ? null : List.copyOf(rules);
        dailyCapacity = dailyCapacity == null ? null : Map.copyOf(dailyCapacity);
    }

    public TransportRules transportRules() {
        return new TransportRules(rules, fallback);
    }

    /** Each limited mode's capacity for a day. */
    public Map<TransportMode, Load> capacity() {
        Map<TransportMode, Load> capacity = new EnumMap<>(TransportMode.class);
        dailyCapacity.forEach((mode, limit) -> capacity.put(mode, new Load(limit.weightKg(), limit.volumeM3())));
        return capacity;
    }

    /** What a mode can carry in a day. */
    public record DailyCapacity(@NotNull @PositiveOrZero @DecimalMax("1e12") BigDecimal weightKg,
                                @NotNull @PositiveOrZero @DecimalMax("1e12") BigDecimal volumeM3) {
    }
}
