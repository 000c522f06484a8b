package dev.directsupply.delivery.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label arithmetic and rendering (DS-4.2.2), worked by hand. */
class PackageLabelTest {

    @ParameterizedTest(name = "made {0}, keeps {1} {2}: last day {3}")
    @CsvSource({
        "2026-01-01, 30, DAYS, 2026-01-30",
        "2026-01-31, 1, DAYS, 2026-01-31",
        "2026-12-15, 30, DAYS, 2027-01-13",
        "2028-02-28, 2, DAYS, 2028-02-29",
        "2027-02-28, 2, DAYS, 2027-03-01",
        "2026-01-15, 1, MONTHS, 2026-02-14",
        "2026-01-31, 1, MONTHS, 2026-02-27",
        "2028-01-31, 1, MONTHS, 2028-02-28",
        "2026-03-31, 1, MONTHS, 2026-04-29",
        "2027-11-30, 3, MONTHS, 2028-02-28",
        "2028-02-29, 12, MONTHS, 2029-02-27",
        "2026-12-01, 18, MONTHS, 2028-05-31"})
    @DisplayName("DS-4.2.2 the expiry date is the production day plus the shelf life less a day, across month ends "
        + "and leap years, in days and in months")
    void givenProductionAndShelfLife_whenExpiryComputed_thenTheLastDayWithinIt(LocalDate made, int amount,
                                                                               ShelfLifeUnit unit, LocalDate last) {
        Lot lot = new Lot("L1", made, new ShelfLife(amount, unit));

        assertThat(lot.expiresOn()).isEqualTo(last);
        assertThat(lot.expiredOn(last)).isFalse();
        assertThat(lot.expiredOn(last.plusDays(1))).isTrue();
        assertThat(lot.remainingDaysOn(last)).isEqualTo(1);
        assertThat(lot.remainingDaysOn(last.plusDays(1))).isZero();
    }

    @Test
    @DisplayName("DS-4.2.2 the remaining shelf life counts the day itself")
    void givenLot_whenRemainingAsked_thenDaysToTheLastDayInclusive() {
        Lot lot = new Lot("L1", LocalDate.parse("2026-03-01"), ShelfLife.days(10));

        assertThat(lot.remainingDaysOn(LocalDate.parse("2026-03-01"))).isEqualTo(10);
        assertThat(lot.remainingDaysOn(LocalDate.parse("2026-03-08"))).isEqualTo(3);
    }

    private static PackageLabel label(String quantity) {
        return new PackageLabel("SH-1", 2, 1, new LabelledGoods("SOY-500", "酱油", "500 ml × 12", "case"),
            new BigDecimal(quantity), new Lot("L2026-02-01", LocalDate.parse("2026-02-01"), ShelfLife.months(18)));
    }

    @Test
    @DisplayName("DS-4.2.2 a label renders as text with every field, the expiry computed, in both languages")
    void givenLabel_whenRenderedAsText_thenEveryField() {
        String english = label("40").toText(Locale.ENGLISH);
        String chinese = label("40").toText(Locale.SIMPLIFIED_CHINESE);

        assertThat(english).contains("Product: 酱油 (SOY-500)", "Specification: 500 ml × 12", "Quantity: 40 case",
            "Produced on: 2026-02-01", "Shelf life: 18 months", "Expires on: 2027-07-31", "Lot: L2026-02-01",
            "Shipment: SH-1 #2");
        assertThat(chinese).contains("品名：酱油", "保质期：18 个月", "保质期至：2027-07-31", "发运单号：SH-1 #2");
    }

    @Test
    @DisplayName("DS-4.2.2 a label renders as a GS1 element string, the count only when whole, and as JSON")
    void givenLabel_whenRenderedForMachines_thenGs1AndJson() {
        assertThat(label("40").toGs1()).isEqualTo("(240)SOY-500(10)L2026-02-01(11)260201(17)270731(37)40(401)SH-1");
        assertThat(label("12.5").toGs1()).doesNotContain("(37)");
        assertThat(label("40").toJson()).contains("\"expiresOn\":\"2027-07-31\"", "\"package\":2", "\"lot\":\"L2026-02-01\"",
            "\"shelfLife\":\"18 months\"");
    }
}
