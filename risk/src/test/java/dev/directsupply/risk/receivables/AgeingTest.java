package dev.directsupply.risk.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import dev.directsupply.risk.account.InvoiceId;

import dev.directsupply.kernel.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days past due and ageing buckets against hand-computed cases. */
class AgeingTest {
    private static final List<Integer> BUCKETS = List.of(0, 30, 60, 90, 120);

    @ParameterizedTest(name = "due {0}, on {1}: {2} days past due")
    @CsvSource({
        "2024-02-28, 2024-03-01, 2",     // 2024 is a leap year: 29 February lies between
        "2023-02-28, 2023-03-01, 1",     // 2023 is not
        "2024-02-29, 2024-03-31, 31",
        "2026-01-31, 2026-03-02, 30",    // across a 28-day February
        "2026-03-31, 2026-05-01, 31",    // a 30-day April
        "2026-07-31, 2026-08-31, 31",    // two 31-day months in a row
        "2025-12-31, 2026-01-01, 1",     // across the year end
        "2026-03-15, 2026-03-15, 0",     // due today: not past due
        "2026-03-20, 2026-03-15, 0"})    // not yet due
    @DisplayName("days past due are calendar days, right across month ends and leap years")
    void givenDueDate_whenCounted_thenCalendarDays(LocalDate due, LocalDate on, long expected) {
        Invoice invoice = Invoice.issue(InvoiceId.of("INV-1"), dev.directsupply.customer.CustomerId.of("c-1"), null,
            Money.cny("1"), due, 0, Clock.systemUTC()).aggregate();

        assertThat(invoice.daysPastDue(on)).isEqualTo(expected);
    }

    @Test
    @DisplayName("net 30 from 31 January 2024 falls due on 1 March (29 days of February in a leap year)")
    void givenNetThirtyAcrossLeapFebruary_whenIssued_thenDueFirstOfMarch() {
        Invoice invoice = Invoice.issue(InvoiceId.of("INV-1"), dev.directsupply.customer.CustomerId.of("c-1"), null,
            Money.cny("100"), LocalDate.parse("2024-01-31"), 30,
            java.time.Clock.fixed(java.time.Instant.parse("2024-01-31T01:00:00Z"), java.time.ZoneOffset.UTC)).aggregate();

        assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2024-03-01"));
    }

    @Test
    @DisplayName("DS-6.2.1 items fall in current, 1–30, 31–60, 61–90, 91–120 and over 120 by days past due")
    void givenItemsOnBucketEdges_whenAged_thenEachInItsBucket() {
        LocalDate asOf = LocalDate.parse("2024-03-31");
        Ageing ageing = Ageing.tally(BUCKETS, asOf, Money.CNY)
            .add(LocalDate.parse("2024-03-31"), Money.cny("100"))     // 0: current
            .add(LocalDate.parse("2024-04-30"), Money.cny("1"))       // not due: current
            .add(LocalDate.parse("2024-03-30"), Money.cny("200"))     // 1
            .add(LocalDate.parse("2024-03-01"), Money.cny("300"))     // 30
            .add(LocalDate.parse("2024-02-29"), Money.cny("400"))     // 31 (leap day)
            .add(LocalDate.parse("2024-01-31"), Money.cny("500"))     // 60
            .add(LocalDate.parse("2024-01-30"), Money.cny("600"))     // 61
            .add(LocalDate.parse("2024-01-01"), Money.cny("700"))     // 90
            .add(LocalDate.parse("2023-12-31"), Money.cny("800"))     // 91
            .add(LocalDate.parse("2023-12-02"), Money.cny("900"))     // 120
            .add(LocalDate.parse("2023-12-01"), Money.cny("1000"))    // 121
            .ageing();

        assertThat(ageing.lines()).extracting(Ageing.Line::bucket)
            .containsExactly("current", "1-30", "31-60", "61-90", "91-120", "over 120");
        assertThat(ageing.lines()).extracting(line -> line.amount().amount().intValue())
            .containsExactly(101, 500, 900, 1300, 1700, 1000);
        assertThat(ageing.lines()).extracting(Ageing.Line::items).containsExactly(2, 2, 2, 2, 2, 1);
        assertThat(ageing.total()).isEqualTo(Money.cny("5501"));
        assertThat(ageing.items()).isEqualTo(11);
    }

    @Test
    @DisplayName("DS-6.2.1 days sales outstanding: receivables ÷ sales of the period × its days")
    void givenReceivablesAndSales_whenDsoComputed_thenRatioTimesDays() {
        assertThat(DaysSalesOutstanding.of(Money.cny("300000"), Money.cny("900000"), 90)).hasValueSatisfying(
            days -> assertThat(days).isEqualByComparingTo("30.0"));
        assertThat(DaysSalesOutstanding.of(Money.cny("100"), Money.cny("0"), 90)).isEmpty();
    }
}
