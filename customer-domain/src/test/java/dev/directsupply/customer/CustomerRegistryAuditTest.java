package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.testing.Staff;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.1 the registry verified as a whole by auditors: every customer's trail, the purchase records,
 * and the credit-code claims both ways; against a checkpoint too. And the changes whose results the
 * desk hands back.
 */
class CustomerRegistryAuditTest {
    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    @Test
    @DisplayName("DS-7.2.1 an untouched registry verifies intact, counting its customers, and only auditors may verify it")
    void givenUntouchedRegistry_whenVerified_thenIntact() {
        desk.register(Staff.SALES, aRegistration("甲公司", 1, null));
        desk.register(Staff.SALES, aRegistration("乙公司", 2, null));

        CollectionVerification verified = desk.verifyAuditTrails(Staff.AUDITOR);

        assertThat(verified.isIntact()).as("%s", verified).isTrue();
        assertThat(verified.aggregates()).isEqualTo(2);
        assertThat(verified.entries()).isEqualTo(2);
        assertThatThrownBy(() -> desk.verifyAuditTrails(Staff.SALES)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("DS-7.2.1 a deleted credit-code claim shows against its customer, and a claim naming no holder shows too")
    void givenClaimTamperedWith_whenVerified_thenNamed() {
        Customer first = desk.register(Staff.SALES, aRegistration("甲公司", 1, null));
        Customer second = desk.register(Staff.SALES, aRegistration("乙公司", 2, null));
        String firstCode = first.creditCode().value();
        harness.store().write(WriteBatch.of(DocumentWrite.update(CustomerDesk.CREDIT_CODE_CLAIMS, firstCode, 1,
            "{\"customerId\":\"" + second.id().value() + "\"}", java.util.Map.of())));

        CollectionVerification verified = desk.verifyAuditTrails(Staff.AUDITOR);

        assertThat(verified.isIntact()).isFalse();
        assertThat(verified.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.id()).isEqualTo(first.id().value());
            assertThat(String.join(" ", broken.problems())).contains(firstCode);
        });
        assertThat(verified.problems()).singleElement().asString().contains(firstCode)
            .contains(second.id().value());
    }

    @Test
    @DisplayName("DS-7.2.1 the registry verifies against its own checkpoint, and a customer added since is no alarm")
    void givenCheckpoint_whenVerifiedAgainstIt_thenIntact() {
        desk.register(Staff.SALES, aRegistration("甲公司", 1, null));
        Checkpoint checkpoint = desk.auditCheckpoint(Staff.AUDITOR);
        desk.register(Staff.SALES, aRegistration("乙公司", 2, null));

        CollectionVerification verified = desk.verifyAuditTrails(Staff.AUDITOR, checkpoint);

        assertThat(verified.againstCheckpoint()).isTrue();
        assertThat(verified.isIntact()).as("%s", verified).isTrue();
    }

    @Test
    @DisplayName("DS-2.2 a reclassification, an industry change and new contact details come back as stored")
    void givenChanges_whenMade_thenTheDeskReturnsTheStoredCustomer() {
        Customer customer = desk.register(Staff.SALES, aRegistration("甲公司", 1, null));

        Customer reclassified = desk.reclassify(Staff.SALES_MANAGER, new Reclassify(customer.id(), "annual review"));
        Customer moved = desk.changeIndustry(Staff.SALES_MANAGER, new ChangeIndustry(customer.id(), "MANUFACTURING",
            null, "the customer now makes its own sauces"));
        Customer updated = desk.updateContactDetails(Staff.SALES, new UpdateContactDetails(customer.id(),
            List.of(), List.of()));

        assertThat(reclassified.id()).isEqualTo(customer.id());
        assertThat(moved.industry().industry()).isEqualTo(Industry.MANUFACTURING);
        assertThat(updated).isEqualTo(desk.get(Staff.SALES, customer.id()));
        assertThat(updated.legalName()).isEqualTo("甲公司");
        assertThat(updated.registeredAt()).isEqualTo(customer.registeredAt());
        assertThat(new CustomerModule().name()).isEqualTo("customer");
        assertThat(new CustomerModule().parameters()).containsExactly(ClassificationParameters.SECTION,
            ImportanceParameters.SECTION);
    }
}
