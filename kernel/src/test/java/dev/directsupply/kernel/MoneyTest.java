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
}
