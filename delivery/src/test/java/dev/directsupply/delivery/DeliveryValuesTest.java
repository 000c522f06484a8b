package dev.directsupply.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerModule;
import dev.directsupply.delivery.inspection.InspectionKind;
import dev.directsupply.delivery.inspection.InspectionOutcome;
import dev.directsupply.delivery.inspection.NonConformanceSeverity;
import dev.directsupply.delivery.label.LabelledGoods;
import dev.directsupply.delivery.label.Lot;
import dev.directsupply.delivery.label.PackageLabel;
import dev.directsupply.delivery.label.ShelfLife;
import dev.directsupply.delivery.label.ShelfLifeUnit;
import dev.directsupply.delivery.shipment.AcceptanceDecision;
import dev.directsupply.delivery.shipment.DiscrepancyKind;
import dev.directsupply.delivery.shipment.QualityResult;
import dev.directsupply.delivery.shipment.ResolutionKind;
import dev.directsupply.delivery.shipment.ShipmentAction;
import dev.directsupply.delivery.shipment.ShipmentStatus;
import dev.directsupply.delivery.transport.DistanceBand;
import dev.directsupply.delivery.transport.Handling;
import dev.directsupply.delivery.transport.TransportMode;
import dev.directsupply.delivery.transport.TransportNeed;
import dev.directsupply.delivery.transport.TransportRule;
import dev.directsupply.delivery.transport.Urgency;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Violation;
import dev.directsupply.testing.ModuleHarness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Delivery's values: labels in both languages, rules at their edges, and the module's declaration. */
class DeliveryValuesTest {

    @Test
    @DisplayName("every state, action and kind of delivery has a label of its own in English and Chinese")
    void givenEveryDeliveryEnum_whenLabelled_thenBothLanguages() {
        List<Object> values = Stream.<Object[]>of(TransportMode.values(), Handling.values(), DistanceBand.values(),
                Urgency.values(), ShelfLifeUnit.values(), InspectionKind.values(), InspectionOutcome.values(),
                NonConformanceSeverity.values(), ShipmentStatus.values(), ShipmentAction.values(),
                DiscrepancyKind.values(), ResolutionKind.values(), QualityResult.values(), AcceptanceDecision.values())
            .flatMap(Stream::of).toList();

        for (Object value : values) {
            Messages.Localized localized = (Messages.Localized) value;
            assertThat(localized.labelKey()).startsWith("delivery.").endsWith("." + ((Enum<?>) value).name());
            assertThat(localized.label(Messages.ENGLISH)).isNotBlank().isNotEqualTo(localized.labelKey());
            assertThat(localized.label(Messages.CHINESE)).isNotBlank().isNotEqualTo(localized.label(Messages.ENGLISH));
        }
    }

    private static TransportRule rule(BigDecimal min, BigDecimal max, BigDecimal volume, Set<Handling> requires,
                                      Set<Handling> excludes) {
        return new TransportRule("r", TransportMode.RAIL, null, null, null, requires, excludes, min, max, volume);
    }

    private static TransportNeed need(String kg, String m3) {
        return new TransportNeed(DistanceBand.LOCAL, false, new BigDecimal(kg), new BigDecimal(m3), Set.of(),
            Urgency.NORMAL);
    }

    @Test
    @DisplayName("DS-4.2.1 a rule's weight and volume limits hold at the limit and not beyond it")
    void givenLoadsAtTheLimits_whenJudged_thenLimitsIncluded() {
        TransportRule limits = rule(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("1"), Set.of(), Set.of());

        assertThat(limits.reasonsFor(need("10", "1"))).isPresent();
        assertThat(limits.reasonsFor(need("20", "0.5"))).isPresent();
        assertThat(limits.reasonsFor(need("9.9", "0.5"))).isEmpty();
        assertThat(limits.reasonsFor(need("20.1", "0.5"))).isEmpty();
        assertThat(limits.reasonsFor(need("15", "1.1"))).isEmpty();
        assertThat(limits.crossFieldViolations()).isEmpty();
    }

    @Test
    @DisplayName("DS-4.2.1 a rule whose least weight is above its most, or that requires what it excludes, is refused "
        + "naming the field")
    void givenContradictoryRule_whenChecked_thenViolationsNamed() {
        assertThat(rule(new BigDecimal("20"), new BigDecimal("10"), null, Set.of(Handling.FRAGILE),
            Set.of(Handling.FRAGILE)).crossFieldViolations()).extracting(Violation::field)
            .containsExactly("maxWeightKg", "excludes");
        assertThat(rule(new BigDecimal("10"), new BigDecimal("10"), null, Set.of(), Set.of()).crossFieldViolations())
            .isEmpty();
    }

    @Test
    @DisplayName("DS-4.2.2 a label counts whole quantities in its GS1 string however they are written, and gives the "
        + "shelf life in days in words")
    void givenWholeQuantityWithDecimals_whenRendered_thenCounted() {
        PackageLabel label = new PackageLabel("SH-1", 1, 1, new LabelledGoods("SOY-500", "酱油", "500 ml", "case"),
            new BigDecimal("40.000"), new Lot("L1", LocalDate.parse("2026-03-01"), ShelfLife.days(30)));

        assertThat(label.toGs1()).contains("(37)40(401)");
        assertThat(label.toText(Locale.ENGLISH)).contains("Shelf life: 30 days");
        assertThat(label.toText(Locale.SIMPLIFIED_CHINESE)).contains("保质期：30 天");
    }

    @Test
    @DisplayName("the module is called delivery, and refuses to start without a way to send delivery notices "
        + "(DS-4.2.3)")
    void givenNoNoticesPort_whenStarted_thenRefusedNamingThePort() {
        assertThat(new DeliveryModule().name()).isEqualTo("delivery");
        assertThatThrownBy(() -> ModuleHarness.with(new CustomerModule(), new DeliveryModule()).build())
            .hasStackTraceContaining("DeliveryNotices");
    }
}
