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
        Actor sales = Actor.of("a", Department.SALES, Role.SALES);

        assertThat(policy.allows(sales, VIEW)).isTrue();
        assertThatCode(() -> policy.check(sales, VIEW)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("DS-7.2.2 an actor without a granted role is denied, naming actor and permission")
    void givenNoGrantedRole_whenChecked_thenAccessDenied() {
        Actor quality = Actor.of("q", Department.QUALITY, Role.QUALITY);

        assertThatThrownBy(() -> policy.check(quality, VIEW))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> {
                assertThat(denied.rule()).contains("DS-7.2.2");
                assertThat(denied.permission()).isEqualTo(VIEW);
                assertThat(denied.getMessage()).contains("q").contains("customer.view");
                assertThat(denied.chineseMessage()).contains("无权");
            });
    }

    @Test
    @DisplayName("the policy judges roles and departments; the agreement is the pipeline's to look up (DS-7.2.3)")
    void givenRoleHoldingPermission_whenChecked_thenAllowedWhateverTheAgreement() {
        Actor planner = Actor.of("p", Department.PRODUCTION, Role.PRODUCTION);

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

        assertThat(narrowed.allows(Actor.of("f", Department.FINANCE, Role.FINANCE), VIEW)).isFalse();
        assertThat(narrowed.rolesHolding(VIEW)).containsExactly(Role.SALES);
    }

    @Test
    @DisplayName("an actor has at least one role")
    void givenNoRoles_whenActorMade_thenInvalidValue() {
        assertThatThrownBy(() -> new Actor(ActorId.of("x"), java.util.Set.of(), Department.SALES))
            .isInstanceOf(InvalidValue.class);
    }

    @Test
    @DisplayName("DS-7.2.2 a role counts only in its departments: a sales-department actor with the finance role is denied")
    void givenRoleOutsideItsDepartment_whenChecked_thenDeniedNamingTheDepartment() {
        Actor salesWithFinance = Actor.of("s", Department.SALES, Role.FINANCE);

        assertThat(policy.allows(salesWithFinance, VIEW)).isFalse();
        assertThatThrownBy(() -> policy.check(salesWithFinance, VIEW))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> {
                assertThat(denied.message(Messages.ENGLISH)).contains("does not count in their department");
                assertThat(denied.message(Messages.CHINESE)).contains("不适用于其所在部门");
            });
        assertThat(policy.allows(Actor.of("f", Department.FINANCE, Role.FINANCE), VIEW))
            .isTrue();
    }

    @Test
    @DisplayName("DS-7.2.2 a host may let a role count in other departments, and another role of the actor still counts")
    void givenHostDepartments_whenChecked_thenTheyDecide() {
        Actor salesWithFinance = Actor.of("s", Department.SALES, Role.FINANCE);
        AccessPolicy widened = policy.toBuilder().departments(Role.FINANCE, Department.FINANCE, Department.SALES).build();
        AccessPolicy nowhere = policy.toBuilder().departments(Role.SALES).build();

        assertThat(widened.allows(salesWithFinance, VIEW)).isTrue();
        assertThat(widened.departmentsOf(Role.FINANCE)).containsExactlyInAnyOrder(Department.FINANCE, Department.SALES);
        assertThat(nowhere.allows(Actor.of("a", Department.SALES, Role.SALES), VIEW))
            .isFalse();
        assertThat(policy.allows(Actor.of("b", Department.SALES, Role.FINANCE, Role.SALES), VIEW)).isTrue();
        assertThat(AccessPolicy.DEFAULT_DEPARTMENTS).containsOnlyKeys(Role.values());
    }

    @Test
    @DisplayName("DS-7.2.2 a separated duty refuses the person who took its first step, unless the host relaxed it")
    void givenSeparatedDuty_whenSamePersonTakesSecondStep_thenDeniedUnlessRelaxed() {
        SeparatedDuty duty = new SeparatedDuty("orders.submit-then-override-hold", "DS-4.1.2");
        Actor finance = Actor.of("f", Department.FINANCE, Role.FINANCE);

        assertThatThrownBy(() -> policy.requireSeparate(finance, VIEW, duty, finance.id()))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> {
                assertThat(denied.rule()).contains("DS-4.1.2");
                assertThat(denied.message(Messages.ENGLISH)).contains("a different person");
                assertThat(denied.message(Messages.CHINESE)).contains("另一人");
            });
        assertThatCode(() -> policy.requireSeparate(finance, VIEW, duty, ActorId.of("someone.else")))
            .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireSeparate(finance, VIEW, duty, null)).doesNotThrowAnyException();
        AccessPolicy relaxed = policy.toBuilder().relax(duty).build();
        assertThat(relaxed.relaxes(duty)).isTrue();
        assertThat(policy.relaxes(duty)).isFalse();
        assertThatCode(() -> relaxed.requireSeparate(finance, VIEW, duty, finance.id())).doesNotThrowAnyException();
        assertThat(relaxed.allows(finance, VIEW)).as("the grants come along").isTrue();
    }
}
