package dev.directsupply.sdk.tamper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.orders.order.OrderPermissions;
import dev.directsupply.risk.account.CreditPermissions;
import dev.directsupply.risk.receivables.ReceivablesPermissions;
import dev.directsupply.risk.register.RiskPermissions;
import dev.directsupply.sdk.DirectSupply;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may check the audit trails (DS-7.2.1, DS-7.2.2): AUDITOR and MANAGEMENT by default, nobody else. */
class VerificationAccessTest {
    private static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);
    private static final Actor MANAGEMENT = Actor.of("zhang.wei", Department.MANAGEMENT, Role.MANAGEMENT);
    private static final List<Actor> OTHERS = List.of(
        Actor.of("li.na", Department.SALES, Role.SALES),
        Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE),
        Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER));

    private final DirectSupply sdk = DirectSupply.builder()
        .clock(ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE))
        .confidentialityRegister((person, day) -> true).build();

    /** Every collection-wide check and checkpoint of every desk. */
    private List<Consumer<Actor>> checks() {
        return List.of(
            actor -> sdk.customers().verifyAuditTrails(actor),
            actor -> sdk.customers().auditCheckpoint(actor),
            actor -> sdk.credit().verifyAccountTrails(actor),
            actor -> sdk.credit().accountCheckpoint(actor),
            actor -> sdk.credit().verifyReportTrails(actor),
            actor -> sdk.credit().reportCheckpoint(actor),
            actor -> sdk.receivables().verifyInvoiceTrails(actor),
            actor -> sdk.receivables().invoiceCheckpoint(actor),
            actor -> sdk.riskRegister().verifyRiskTrails(actor),
            actor -> sdk.riskRegister().riskCheckpoint(actor),
            actor -> sdk.orders().verifyOrderTrails(actor),
            actor -> sdk.orders().orderCheckpoint(actor));
    }

    @Test
    @DisplayName("DS-7.2.1 an auditor and management may verify every collection and take its checkpoint")
    void givenAuditorOrManagement_whenVerifying_thenAllowed() {
        for (Consumer<Actor> check : checks()) {
            check.accept(AUDITOR);
            check.accept(MANAGEMENT);
        }
    }

    @Test
    @DisplayName("DS-7.2.2 sales, finance and credit may not verify audit trails nor take checkpoints")
    void givenOtherRoles_whenVerifying_thenDenied() {
        for (Consumer<Actor> check : checks()) {
            for (Actor other : OTHERS) {
                assertThatThrownBy(() -> check.accept(other)).isInstanceOf(AccessDenied.class);
            }
        }
    }

    @Test
    @DisplayName("DS-7.2.1 each module declares its verify permission, granted to AUDITOR and MANAGEMENT")
    void givenPermissionClasses_whenRead_thenVerifyGrantedToAuditorAndManagement() {
        assertThat(CreditPermissions.DEFAULT_GRANTS.get(CreditPermissions.VERIFY_AUDIT))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
        assertThat(ReceivablesPermissions.DEFAULT_GRANTS.get(ReceivablesPermissions.VERIFY_AUDIT))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
        assertThat(RiskPermissions.DEFAULT_GRANTS.get(RiskPermissions.VERIFY_AUDIT))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
        assertThat(OrderPermissions.DEFAULT_GRANTS.get(OrderPermissions.VERIFY_AUDIT))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
        assertThat(CustomerPermissions.DEFAULT_GRANTS.get(CustomerPermissions.VERIFY_AUDIT_TRAIL))
            .isEqualTo(Set.of(Role.AUDITOR, Role.MANAGEMENT));
    }

    @Test
    @DisplayName("DS-7.2.1 a missing checkpoint is an invalid command naming it, not a null-pointer failure")
    void givenNoCheckpoint_whenVerifying_thenInvalidCommand() {
        List<Runnable> calls = List.of(
            () -> sdk.customers().verifyAuditTrails(AUDITOR, null),
            () -> sdk.credit().verifyAccountTrails(AUDITOR, null),
            () -> sdk.credit().verifyReportTrails(AUDITOR, null),
            () -> sdk.receivables().verifyInvoiceTrails(AUDITOR, null),
            () -> sdk.riskRegister().verifyRiskTrails(AUDITOR, null),
            () -> sdk.orders().verifyOrderTrails(AUDITOR, null));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(dev.directsupply.kernel.InvalidCommand.class)
                .hasMessageContaining("checkpoint");
        }
    }
}
