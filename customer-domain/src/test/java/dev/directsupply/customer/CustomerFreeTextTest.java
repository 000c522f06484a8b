package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aRegistry;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.InvalidCommand;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.1.2: a reason is free text and may run over several lines; a name, a code or an address line is
 * one line, and a line break in it is refused naming the field.
 */
class CustomerFreeTextTest {
    private static final String TWO_LINES = "payment overdue twice;\r\n\tagreed with finance on 2026-03-14";

    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    @Test
    @DisplayName("DS-7.1.2 a reason for a status change may hold line breaks and tabs")
    void givenMultiLineReason_whenStatusChanged_thenAcceptedAndKept() {
        Customer customer = harness.imported();

        Customer suspended = desk.changeStatus(MANAGEMENT, new ChangeCustomerStatus(customer.id(), "SUSPEND", TWO_LINES));

        assertThat(suspended.status()).isEqualTo(CustomerStatus.SUSPENDED);
        assertThat(suspended.statusHistory()).last().extracting(StatusChange::reason).isEqualTo(TWO_LINES.strip());
    }

    @Test
    @DisplayName("DS-7.1.2 reasons for reclassifications may hold line breaks")
    void givenMultiLineReasons_whenReclassified_thenAccepted() {
        Customer customer = harness.registered();

        desk.setStrategicImportance(MANAGEMENT, new SetStrategicImportance(customer.id(), "CORE", TWO_LINES));
        desk.changeIndustry(MANAGEMENT, new ChangeIndustry(customer.id(), "SERVICES", "HOTELS", TWO_LINES));

        assertThat(desk.get(MANAGEMENT, customer.id()).classificationHistory()).hasSize(5);
    }

    @Test
    @DisplayName("DS-7.1.2 a line break in a customer's name or a contact's name is refused, naming the field")
    void givenLineBreakInNames_whenRegistered_thenRefusedNamingEachField() {
        RegisterCustomer bad = new RegisterCustomer("上海味道\n餐饮管理有限公司", Fixtures.creditCode(1), "SERVICES",
            "CATERING", new BigDecimal("2000000"),
            List.of(new ContactDetails("张\n伟", "采购经理", "13812345678", "zhang.wei@example.com")),
            List.of(new AddressDetails("DELIVERY", "上海市", "上海市", "浦东新区", "世纪大道\t100 号", "200120")));

        assertThatThrownBy(() -> desk.register(SALES, bad)).isInstanceOfSatisfying(InvalidCommand.class,
            e -> assertThat(e.fields()).containsExactly("addresses[0].line", "contacts[0].name", "legalName"));
    }
}
