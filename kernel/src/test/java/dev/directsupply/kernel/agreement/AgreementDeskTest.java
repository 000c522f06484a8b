package dev.directsupply.kernel.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.InMemoryDocumentStore;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-7.2.3 the register of confidentiality agreements decides who sees customer information, day by day. */
class AgreementDeskTest {
    private static final Permission VIEW = Permission.onCustomerInformation("customer.view");
    private static final Actor HR = Actor.of("chen.jie", Department.MANAGEMENT, Role.MANAGEMENT);
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);

    private final ManualClock clock = ManualClock.on("2026-03-15", ZoneId.of("Asia/Shanghai"));
    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private final Pipeline pipeline = new Pipeline(store, AccessPolicy.builder()
        .grantAll(AgreementPermissions.DEFAULT_GRANTS).grant(VIEW, Role.SALES).build(), new StoredAgreements(store),
        new StoredAssignments(store), new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator()),
        AuditSeal.unkeyed(), clock);
    private final AgreementDesk desk = new AgreementDesk(pipeline);

    private RecordConfidentialityAgreement signed(String on, String expires) {
        return new RecordConfidentialityAgreement("li.na", "NDA-7", LocalDate.parse(on),
            expires == null ? null : LocalDate.parse(expires));
    }

    @Test
    @DisplayName("a person with no agreement on record is denied customer information, naming DS-7.2.3 in both languages")
    void givenNoAgreement_whenCustomerInformationAsked_thenDenied() {
        assertThat(pipeline.allows(SALES, VIEW)).isFalse();
        assertThatThrownBy(() -> pipeline.authorize(SALES, VIEW))
            .isInstanceOfSatisfying(AccessDenied.class, e -> {
                assertThat(e.rule()).contains("DS-7.2.3");
                assertThat(e.message(Messages.ENGLISH)).contains("the register has none of theirs");
                assertThat(e.message(Messages.CHINESE)).contains("保密协议");
            });
    }

    @Test
    @DisplayName("an agreement holds from the day it was signed until the day it expires, that day excluded")
    void givenAgreementWithAnEnd_whenDaysPass_thenInForceOnlyBetween() {
        desk.record(HR, signed("2026-03-16", "2026-03-18"));

        assertThat(pipeline.allows(SALES, VIEW)).as("not yet signed").isFalse();
        clock.moveTo("2026-03-16");
        assertThat(pipeline.allows(SALES, VIEW)).isTrue();
        clock.moveTo("2026-03-17");
        assertThatCode(() -> pipeline.authorize(SALES, VIEW)).doesNotThrowAnyException();
        clock.moveTo("2026-03-18");
        assertThat(pipeline.allows(SALES, VIEW)).as("expired").isFalse();
    }

    @Test
    @DisplayName("a revoked agreement holds until the day of revocation; signing anew restores access")
    void givenRevokedAgreement_whenDaysPass_thenDeniedFromTheRevocation() {
        desk.record(HR, signed("2020-01-01", null));
        desk.revoke(HR, new RevokeConfidentialityAgreement("li.na", LocalDate.parse("2026-03-16"), "left the company"));

        assertThat(pipeline.allows(SALES, VIEW)).isTrue();
        clock.moveTo("2026-03-16");
        assertThat(pipeline.allows(SALES, VIEW)).isFalse();

        desk.record(HR, signed("2026-03-16", null));
        assertThat(pipeline.allows(SALES, VIEW)).isTrue();
    }

    @Test
    @DisplayName("every change to the register is audited, naming who made it; auditors read it and cannot change it")
    void givenChanges_whenTrailRead_thenEachAuditedAndAuditorsReadOnly() {
        desk.record(HR, signed("2020-01-01", null));
        desk.revoke(HR, new RevokeConfidentialityAgreement("li.na", LocalDate.parse("2026-04-01"), "left"));

        assertThat(store.auditTrail(StoredAgreements.COLLECTION, "li.na")).extracting(AuditEntry::action,
            AuditEntry::actorId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RecordConfidentialityAgreement", "chen.jie"),
                org.assertj.core.groups.Tuple.tuple("RevokeConfidentialityAgreement", "chen.jie"));
        assertThat(desk.agreement(AUDITOR, SALES.id())).hasValueSatisfying(
            agreement -> assertThat(agreement.revokedOn()).isEqualTo(LocalDate.parse("2026-04-01")));
        assertThatThrownBy(() -> desk.record(AUDITOR, signed("2020-01-01", null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.record(SALES, signed("2020-01-01", null))).as("nobody records their own")
            .isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("an agreement that ends on or before its signing, or without a person, is refused and nothing stored")
    void givenBadAgreement_whenRecorded_thenInvalidCommand() {
        assertThatThrownBy(() -> desk.record(HR, signed("2026-03-15", "2026-03-15")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("expiresOn");
                assertThat(e.message(Messages.CHINESE)).contains("到期");
            });
        assertThatThrownBy(() -> desk.record(HR, new RecordConfidentialityAgreement(null, " ", null, null)))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).contains("person", "reference", "signedOn"));
        assertThat(store.read(StoredAgreements.COLLECTION, "li.na")).isEmpty();
    }
}
