package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aPurchase;
import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.scope.CustomerAssignment;
import dev.directsupply.testing.Staff;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.2 record scope (严格限制范围): whoever registers a customer looks after it; a sales representative
 * reaches only the customers assigned to them, a sales manager their department's; an assignment is a
 * recorded fact with its history.
 */
class CustomerScopeTest {
    private static final Actor LI = Staff.SALES;
    private static final Actor WANG = Actor.of("wang.wei", Department.SALES, Role.SALES);
    private static final Actor MANAGER = Staff.SALES_MANAGER;

    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    {
        harness.modules().agree(WANG);
    }

    @Test
    @DisplayName("whoever registers a customer is assigned it, in their department")
    void givenRegistration_whenAssignmentRead_thenTheRegistrant() {
        Customer customer = desk.register(LI, aRegistration());

        CustomerAssignment assignment = desk.assignment(MANAGER, customer.id());

        assertThat(assignment.owner()).isEqualTo(LI.id());
        assertThat(assignment.department()).isEqualTo(Department.SALES);
        assertThat(assignment.history()).isEmpty();
    }

    @Test
    @DisplayName("another sales representative can neither read nor change the customer, nor look it up")
    void givenAnothersCustomer_whenRepresentativeReaches_thenDeniedAndNothingChanged() {
        Customer customer = desk.register(LI, aRegistration());

        assertThatThrownBy(() -> desk.get(WANG, customer.id()))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.2"));
        assertThatThrownBy(() -> desk.updateContactDetails(WANG, new UpdateContactDetails(customer.id(),
            java.util.List.of(), java.util.List.of()))).isInstanceOf(AccessDenied.class);
        assertThat(desk.findByCreditCode(WANG, customer.creditCode().value())).isEmpty();
        assertThat(desk.findByCreditCode(LI, customer.creditCode().value())).isPresent();
        assertThat(desk.get(LI, customer.id())).isEqualTo(customer);
    }

    @Test
    @DisplayName("a manager reassigns a customer of their department: the new owner reaches it, the last one no longer")
    void givenReassignment_whenOwnersReach_thenOnlyTheNewOneAndHistoryKept() {
        Customer customer = desk.register(LI, aRegistration());

        CustomerAssignment moved = desk.assign(MANAGER, new AssignCustomer(customer.id(), "wang.wei", "SALES"));

        assertThat(desk.get(WANG, customer.id())).isNotNull();
        assertThatThrownBy(() -> desk.get(LI, customer.id())).isInstanceOf(AccessDenied.class);
        assertThat(moved.history()).singleElement().satisfies(past -> {
            assertThat(past.owner()).isEqualTo(LI.id());
            assertThat(past.by()).isEqualTo(LI.id());
        });
        assertThat(moved.by()).isEqualTo(MANAGER.id());
        assertThat(harness.store().auditTrail(dev.directsupply.kernel.scope.StoredAssignments.COLLECTION,
            customer.id().value())).extracting(entry -> entry.action()).containsExactly("RegisterCustomer",
            "AssignCustomer");
    }

    @Test
    @DisplayName("a sales representative cannot assign customers, and a bad assignment is refused naming each field")
    void givenBadAssignments_whenAssigned_thenRefused() {
        Customer customer = desk.register(LI, aRegistration());

        assertThatThrownBy(() -> desk.assign(LI, new AssignCustomer(customer.id(), "li.na", "SALES")))
            .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.assign(MANAGER, new AssignCustomer(customer.id(), "wang wei", "MARKETING")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactlyInAnyOrder("owner", "department"));
        assertThat(desk.assignment(MANAGER, customer.id()).owner()).isEqualTo(LI.id());
    }

    @Test
    @DisplayName("a purchase of another representative's customer is not theirs to read")
    void givenPurchaseOfAnothersCustomer_whenRead_thenDenied() {
        Customer customer = desk.register(LI, aRegistration());
        desk.recordPurchase(Staff.FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "1000"));

        assertThat(desk.purchase(LI, customer.id(), "INV-1")).isPresent();
        assertThatThrownBy(() -> desk.purchase(WANG, customer.id(), "INV-1")).isInstanceOf(AccessDenied.class);
    }
}
