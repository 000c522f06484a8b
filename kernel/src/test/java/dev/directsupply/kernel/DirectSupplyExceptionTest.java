package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectSupplyExceptionTest {

    @Test
    @DisplayName("an error carries the values its message names, by name, unchangeable")
    void givenNotFound_whenAskedForArguments_thenWhatWasLookedFor() {
        NotFound missing = new NotFound("orders", "SO-1");

        assertThat(missing.arguments()).containsOnly(Map.entry("kind", "orders"), Map.entry("id", "SO-1"));
        assertThatThrownBy(() -> missing.arguments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("an error without a type of its own for each value still gives them: the currencies that did not match")
    void givenCurrencyMismatch_whenAskedForArguments_thenBothCurrencies() {
        CurrencyMismatch mismatch = new CurrencyMismatch(Currency.getInstance("CNY"), Currency.getInstance("USD"));

        assertThat(mismatch.arguments()).containsEntry("left", "CNY").containsEntry("right", "USD");
    }
}
