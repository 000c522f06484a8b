package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.InvalidCommand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Raw look-up keys meet a typed error naming the argument, the same on every store (DS-7.2.1). */
class CustomerLookupKeysTest {
    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "91350100M000100Y43", "91350100M000100Y43\u0000", "\u202E91350100M000100Y4"})
    @DisplayName("DS-7.2.1 a credit code that is missing, blank, too long or hidden is refused naming creditCode")
    void givenBadCreditCode_whenLookedUp_thenInvalidCommandNamingTheArgument(String code) {
        String key = code != null && code.length() == 18 ? code + "X" : code;

        assertThatThrownBy(() -> desk.findByCreditCode(FINANCE, key))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.command()).isEqualTo("findByCreditCode");
                assertThat(e.fields()).containsExactly("creditCode");
            });
    }

    @Test
    @DisplayName("DS-7.2.1 a credit code of 300 characters is refused in both languages, not an "
        + "IllegalArgumentException from one store and nothing from another")
    void givenThreeHundredCharacters_whenLookedUp_thenRefusedInBothLanguages() {
        assertThatThrownBy(() -> desk.findByCreditCode(FINANCE, "9".repeat(300)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.violations().get(0).english()).isEqualTo("must have at most 18 characters, not 300");
                assertThat(e.violations().get(0).chinese()).isEqualTo("最多 18 个字符，实际为 300 个");
            });
    }

    @Test
    @DisplayName("DS-7.1.2 a credit code with blanks around it and in lower case still finds its customer")
    void givenPaddedLowerCaseCode_whenLookedUp_thenFound() {
        Customer registered = desk.register(SALES, aRegistration());

        assertThat(desk.findByCreditCode(FINANCE, "  " + Fixtures.creditCode(1).toLowerCase() + " "))
            .map(Customer::id).contains(registered.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INV-1\u0000", "\u001BINV-1", "INV\u200B-1"})
    @DisplayName("DS-7.2.1 a purchase reference that is too long or hidden is refused naming reference")
    void givenBadPurchaseReference_whenLookedUp_thenInvalidCommand(String reference) {
        Customer registered = desk.register(SALES, aRegistration());

        for (String bad : new String[] {reference, "R".repeat(65)}) {
            assertThatThrownBy(() -> desk.purchase(FINANCE, registered.id(), bad))
                .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("reference"));
        }
    }
}
