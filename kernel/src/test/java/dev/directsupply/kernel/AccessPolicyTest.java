package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final Permission VIEW = Permission.onCustomerInformation("customer.view");
    private static final Permission RELEASE = Permission.of("orders.release");
    private final AccessPolicy policy = AccessPolicy.builder()
        .grant(VIEW, Role.SALES, Role.FINANCE)
        .grant(RELEASE, Role.PRODUCTION)
        .build();

    @Test
    @DisplayName("DS-7.2.2 an actor holding a granted role may use the permission")
    void givenGrantedRole_whenChecked_thenAllowed() {
        Actor sales = Actor.of("a", Department.SALES, Role.SALES).withConfidentialityAgreement();

        assertThat(policy.allows(sales, VIEW)).isTrue();
        assertThatCode(() -> policy.check(sales, VIEW)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("DS-7.2.2 an actor without a granted role is denied, naming actor and permission")
    void givenNoGrantedRole_whenChecked_thenAccessDenied() {
        Actor quality = Actor.of("q", Department.QUALITY, Role.QUALITY).withConfidentialityAgreement();

        assertThatThrownBy(() -> policy.check(quality, VIEW))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> {
                assertThat(denied.rule()).contains("DS-7.2.2");
                assertThat(denied.permission()).isEqualTo(VIEW);
                assertThat(denied.getMessage()).contains("q").contains("customer.view");
                assertThat(denied.chineseMessage()).contains("无权");
            });
    }

    @Test
    @DisplayName("DS-7.2.3 customer information needs a confidentiality agreement on file, whatever the role")
    void givenNoConfidentialityAgreement_whenCustomerInformationChecked_thenDenied() {
        Actor sales = Actor.of("a", Department.SALES, Role.SALES).withoutConfidentialityAgreement();

        assertThatThrownBy(() -> policy.check(sales, VIEW))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> {
                assertThat(denied.rule()).contains("DS-7.2.3");
                assertThat(denied.chineseMessage()).contains("保密协议");
            });
    }

    @Test
    @DisplayName("DS-7.2.3 an actor has no confidentiality agreement on file until the host says so")
    void givenActorOf_whenMade_thenNoAgreementUntilGiven() {
        Actor plain = Actor.of("a", Department.SALES, Role.SALES);

        assertThat(plain.confidentialityAgreement()).isFalse();
        assertThat(policy.allows(plain, VIEW)).isFalse();
        assertThat(policy.allows(plain.withConfidentialityAgreement(), VIEW)).isTrue();
    }

    @Test
    @DisplayName("a permission outside customer information does not need the agreement")
    void givenNoAgreement_whenOtherPermissionChecked_thenAllowed() {
        Actor planner = Actor.of("p", Department.PRODUCTION, Role.PRODUCTION).withoutConfidentialityAgreement();

        assertThat(policy.allows(planner, RELEASE)).isTrue();
    }

    @Test
    @DisplayName("a call without an actor is an invalid command naming the actor field")
    void givenNoActor_whenChecked_thenInvalidCommand() {
        assertThatThrownBy(() -> policy.check(null, VIEW))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("actor"));
    }

    @Test
    @DisplayName("a revoked grant no longer allows")
    void givenRevokedGrant_whenChecked_thenDenied() {
        AccessPolicy narrowed = AccessPolicy.builder().grant(VIEW, Role.SALES, Role.FINANCE)
            .revoke(VIEW, Role.FINANCE).build();

        assertThat(narrowed.allows(Actor.of("f", Department.FINANCE, Role.FINANCE).withConfidentialityAgreement(), VIEW)).isFalse();
        assertThat(narrowed.rolesHolding(VIEW)).containsExactly(Role.SALES);
    }

    @Test
    @DisplayName("an actor has at least one role")
    void givenNoRoles_whenActorMade_thenInvalidValue() {
        assertThatThrownBy(() -> new Actor(ActorId.of("x"), java.util.Set.of(), Department.SALES, true))
            .isInstanceOf(InvalidValue.class);
    }
}
