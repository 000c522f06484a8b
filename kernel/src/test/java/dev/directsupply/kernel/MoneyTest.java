package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    @DisplayName("an amount takes the currency's scale: 5 CNY and 5.00 CNY are the same money")
    void givenWholeAmount_whenMade_thenCarriesTwoDecimals() {
        assertThat(Money.cny("5")).isEqualTo(Money.cny("5.00"));
        assertThat(Money.cny("5").amount().scale()).isEqualTo(2);
        assertThat(Money.cny("5.10").toString()).isEqualTo("5.10 CNY");
    }

    @Test
    @DisplayName("more decimals than the currency has is rejected, not rounded, in English and Chinese")
    void givenThreeDecimals_whenMade_thenInvalidValue() {
        assertThatThrownBy(() -> Money.cny("1.234"))
            .isInstanceOfSatisfying(InvalidValue.class, e -> {
                assertThat(e.code()).isEqualTo("invalid-value");
                assertThat(e.violation().field()).isEqualTo("amount");
                assertThat(e.getMessage()).contains("1.234").contains("CNY");
                assertThat(e.chineseMessage()).contains("小数位数");
            });
    }

    @Test
    @DisplayName("trailing zeros beyond the scale are harmless")
    void givenTrailingZeros_whenMade_thenAccepted() {
        assertThat(Money.cny("1.2300").amount()).isEqualByComparingTo("1.23");
    }

    @Test
    @DisplayName("sums and differences stay exact")
    void givenTwoAmounts_whenAddedAndSubtracted_thenExact() {
        Money a = Money.cny("0.10");
        Money b = Money.cny("0.20");

        assertThat(a.plus(b)).isEqualTo(Money.cny("0.30"));
        assertThat(a.minus(b)).isEqualTo(Money.cny("-0.10"));
        assertThat(a.minus(b).isNegative()).isTrue();
    }

    @Test
    @DisplayName("multiplication rounds half up (四舍五入)")
    void givenFactor_whenMultiplied_thenRoundedHalfUp() {
        assertThat(Money.cny("10.00").times(new BigDecimal("0.0125"))).isEqualTo(Money.cny("0.13"));
        assertThat(Money.cny("10.00").times(new BigDecimal("0.0124"))).isEqualTo(Money.cny("0.12"));
    }

    @Test
    @DisplayName("amounts in different currencies do not mix")
    void givenTwoCurrencies_whenAdded_thenCurrencyMismatch() {
        Money usd = Money.of(BigDecimal.ONE, Currency.getInstance("USD"));

        assertThatThrownBy(() -> Money.cny("1").plus(usd))
            .isInstanceOf(CurrencyMismatch.class)
            .hasMessageContaining("CNY").hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.cny("1").compareTo(usd)).isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    @DisplayName("万元 counts ten thousand yuan, as the policy's thresholds do")
    void givenWan_whenMade_thenTenThousandYuan() {
        assertThat(Money.cnyWan(500)).isEqualTo(Money.cny("5000000"));
    }

    @Test
    @DisplayName("amounts of 10^15 or more are outside the supported range")
    void givenHugeAmount_whenMade_thenInvalidValue() {
        assertThatThrownBy(() -> Money.cny("1000000000000000")).isInstanceOf(InvalidValue.class);
        assertThat(Money.cny("999999999999999.99").isPositive()).isTrue();
    }

    @Test
    @DisplayName("a currency without minor units keeps whole amounts")
    void givenYen_whenMade_thenNoDecimals() {
        Money yen = Money.of(new BigDecimal("100"), Currency.getInstance("JPY"));

        assertThat(yen.amount().scale()).isZero();
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), Currency.getInstance("JPY")))
            .isInstanceOf(InvalidValue.class);
    }

    @Test
    @DisplayName("an amount from its text and currency code is the same money as from a decimal and a currency")
    void givenTextAndCode_whenMade_thenSameAsFromDecimal() {
        Money fromText = Money.of("12.5", "USD");

        assertThat(fromText).isEqualTo(Money.of(new BigDecimal("12.50"), Currency.getInstance("USD")));
        assertThat(fromText.toString()).isEqualTo("12.50 USD");
        assertThat(Money.cny(new BigDecimal("7.1"))).isEqualTo(Money.cny("7.10"));
    }

    @Test
    @DisplayName("zero is neither positive nor negative; a negated amount changes sign")
    void givenZeroAndSignedAmounts_whenAsked_thenSignsHold() {
        Money zero = Money.zero(Currency.getInstance("USD"));

        assertThat(zero.isZero()).isTrue();
        assertThat(zero.isPositive()).isFalse();
        assertThat(zero.isNegative()).isFalse();
        assertThat(zero.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(Money.cny("0.01").isZero()).isFalse();
        assertThat(Money.cny("0.01").isNegative()).isFalse();
        assertThat(Money.cny("-0.01").isPositive()).isFalse();
        assertThat(Money.cny("12.30").negate()).isEqualTo(Money.cny("-12.30"));
        assertThat(Money.cny("-12.30").negate().isPositive()).isTrue();
    }

    @Test
    @DisplayName("an amount is at least an equal or smaller one, and less than only a larger one")
    void givenThreeAmounts_whenCompared_thenOrdered() {
        Money limit = Money.cny("100.00");

        assertThat(Money.cny("100").isAtLeast(limit)).isTrue();
        assertThat(Money.cny("100.01").isAtLeast(limit)).isTrue();
        assertThat(Money.cny("99.99").isAtLeast(limit)).isFalse();
        assertThat(Money.cny("99.99").isLessThan(limit)).isTrue();
        assertThat(Money.cny("100").isLessThan(limit)).isFalse();
        assertThat(Money.cny("100.01").isLessThan(limit)).isFalse();
        assertThat(Money.cny("99.99").compareTo(limit)).isNegative();
        assertThat(Money.cny("100.01").compareTo(limit)).isPositive();
        assertThat(Money.cny("100").compareTo(limit)).isZero();
    }

    @Test
    @DisplayName("a difference of amounts in different currencies is refused too")
    void givenTwoCurrencies_whenSubtracted_thenCurrencyMismatch() {
        Money usd = Money.of("1", "USD");

        assertThatThrownBy(() -> Money.cny("1").minus(usd)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> Money.cny("1").isAtLeast(usd)).isInstanceOf(CurrencyMismatch.class);
    }
}
