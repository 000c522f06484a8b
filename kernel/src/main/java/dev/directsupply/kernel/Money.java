package dev.directsupply.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * An amount of money: a {@link BigDecimal} in a currency, CNY unless said otherwise; never a
 * {@code double}. The amount always carries exactly the currency's minor-unit scale (2 for CNY),
 * so {@code 5} and {@code 5.00} are the same money; a value with more decimals than the currency
 * has is rejected rather than silently rounded. Multiplication rounds half up (四舍五入).
 * Amounts are bounded to ±10^15, which every supported database column holds.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public static final Currency CNY = Currency.getInstance("CNY");
    /** Amounts must stay below this magnitude. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    /** The rounding for computed amounts: half up, as Chinese accounting rounds. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() != scale) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > scale) {
                throw InvalidValue.of("amount", "kernel.value.money-scale", "",
                    Map.of("amount", amount, "currency", currency.getCurrencyCode(), "scale", scale));
            }
            amount = stripped.setScale(scale, RoundingMode.UNNECESSARY);
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw InvalidValue.of("amount", "kernel.value.money-range", "", Map.of("amount", amount));
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** An amount in CNY. */
    public static Money cny(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    /** An amount in CNY, from its decimal text ({@code "1234.50"}). */
    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }

    /** An amount in CNY counted in 万元 (10,000 CNY), as the policy counts purchase scales. */
    public static Money cnyWan(long tenThousands) {
        return new Money(BigDecimal.valueOf(tenThousands).multiply(BigDecimal.valueOf(10_000)), CNY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a factor, rounded half up to the currency's scale. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(amount.scale(), ROUNDING), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatch(currency, other.currency);
        }
    }

    /** {@code 1234.50 CNY}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
