package dev.directsupply.delivery.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped transport rules (DS-4.2.1), each choice with its reasons. */
class TransportRulesTest {
    private static final DeliveryParameters DEFAULTS = PolicyParameters.defaults(java.util.List.of(DeliveryParameters.SECTION))
        .section(DeliveryParameters.class);

    private static TransportNeed need(int km, boolean overseas, boolean pickedUp, String kg, String handling,
                                      Urgency urgency) {
        Set<Handling> needs = handling.isBlank() ? Set.of() : Set.of(Handling.valueOf(handling));
        return new TransportNeed(DEFAULTS.bands().of(km, overseas), pickedUp, new BigDecimal(kg), new BigDecimal("0.1"),
            needs, urgency);
    }

    @ParameterizedTest(name = "{0} km, overseas {1}, pick-up {2}, {3} kg, {4}, {5} → {6} by {7}")
    @CsvSource({
        "30, false, true, 500, '', NORMAL, CUSTOMER_PICKUP, customer-pickup",
        "9000, true, false, 800, '', URGENT, AIR, overseas-urgent-by-air",
        "9000, true, false, 800, '', NORMAL, SEA, overseas-by-sea",
        "1200, false, false, 10, HAZARDOUS, URGENT, ROAD, hazardous-by-road",
        "1200, false, false, 10, '', URGENT, EXPRESS, urgent-parcel-by-express",
        "1200, false, false, 10, COLD_CHAIN, URGENT, AIR, urgent-long-haul-by-air",
        "1200, false, false, 15000, '', NORMAL, RAIL, heavy-long-haul-by-rail",
        "1200, false, false, 15000, COLD_CHAIN, NORMAL, ROAD, fallback",
        "50, false, false, 5, '', NORMAL, EXPRESS, parcel-by-express",
        "300, false, false, 900, FRAGILE, NORMAL, ROAD, fallback"})
    @DisplayName("DS-4.2.1 the mode follows from place and distance band, weight, special handling and urgency")
    void givenNeed_whenChosen_thenModeByItsRule(int km, boolean overseas, boolean pickedUp, String kg, String handling,
                                                Urgency urgency, TransportMode mode, String rule) {
        TransportChoice choice = DEFAULTS.transportRules().choose(need(km, overseas, pickedUp, kg, handling, urgency));

        assertThat(choice.mode()).isEqualTo(mode);
        assertThat(choice.rule()).isEqualTo(rule);
    }

    @Test
    @DisplayName("DS-4.2.1 a choice gives each condition of its rule as the shipment met it")
    void givenColdChainUrgentLongHaul_whenChosen_thenItsReasons() {
        TransportChoice choice = DEFAULTS.transportRules().choose(need(1200, false, false, "10", "COLD_CHAIN",
            Urgency.URGENT));

        assertThat(choice.reasons()).extracting(TransportReason::toString)
            .containsExactly("band: LONG_DISTANCE", "urgency: URGENT", "weightKg: 10 ≤ 500");
    }

    @Test
    @DisplayName("DS-4.2.1 distance bands are the company's: up to 100 km local, up to 800 regional, abroad overseas")
    void givenDistances_whenBanded_thenByTheParameters() {
        assertThat(DEFAULTS.bands().of(100, false)).isEqualTo(DistanceBand.LOCAL);
        assertThat(DEFAULTS.bands().of(101, false)).isEqualTo(DistanceBand.REGIONAL);
        assertThat(DEFAULTS.bands().of(800, false)).isEqualTo(DistanceBand.REGIONAL);
        assertThat(DEFAULTS.bands().of(801, false)).isEqualTo(DistanceBand.LONG_DISTANCE);
        assertThat(DEFAULTS.bands().of(5, true)).isEqualTo(DistanceBand.OVERSEAS);
    }
}
