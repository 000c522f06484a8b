package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A permission is declared by its module as module.action; some guard customer information (DS-7.2.3). */
class PermissionTest {

    @Test
    @DisplayName("a permission reads module.action and names itself by its code")
    void givenCode_whenDeclared_thenNamedByIt() {
        Permission release = Permission.of("orders.release");

        assertThat(release.code()).isEqualTo("orders.release");
        assertThat(release.customerInformation()).isFalse();
        assertThat(release).hasToString("orders.release");
        assertThat(Permission.of("customer.credit-code.view").code()).isEqualTo("customer.credit-code.view");
    }

    @Test
    @DisplayName("DS-7.2.3 a permission over customer information says so")
    void givenCustomerInformation_whenDeclared_thenMarked() {
        Permission view = Permission.onCustomerInformation("customer.view");

        assertThat(view.customerInformation()).isTrue();
        assertThat(view).isEqualTo(new Permission("customer.view", true)).isNotEqualTo(Permission.of("customer.view"));
    }

    @Test
    @DisplayName("a code that is not module.action is refused, quoting it")
    void givenMalformedCodes_whenDeclared_thenRefused() {
        for (String code : new String[] {null, "", "orders", "Orders.release", "orders.", "orders.Release", "orders release"}) {
            assertThatThrownBy(() -> Permission.of(code)).as(String.valueOf(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a permission code reads module.action, not '" + code + "'");
        }
    }
}
