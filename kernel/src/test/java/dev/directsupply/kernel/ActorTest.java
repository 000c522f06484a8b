package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who performs a command: a person of a department with roles, or the SDK's own work. */
class ActorTest {

    @Test
    @DisplayName("the SDK's own work acts as the system, with the SYSTEM role and an agreement on file")
    void givenSystemWork_whenActorMade_thenSystemActor() {
        Actor relay = Actor.system("relay");

        assertThat(relay.id()).isEqualTo(ActorId.of("system:relay"));
        assertThat(relay.id()).hasToString("system:relay");
        assertThat(relay.roles()).containsExactly(Role.SYSTEM);
        assertThat(relay.department()).isEqualTo(Department.SYSTEM);
        assertThat(relay.confidentialityAgreement()).isTrue();
    }

    @Test
    @DisplayName("an actor has the roles it was given and no other")
    void givenActorWithRoles_whenAskedForRoles_thenOnlyThose() {
        Actor manager = Actor.of("zhao.lei", Department.SALES, Role.SALES, Role.SALES_MANAGER);

        assertThat(manager.hasRole(Role.SALES_MANAGER)).isTrue();
        assertThat(manager.hasRole(Role.SALES)).isTrue();
        assertThat(manager.hasRole(Role.FINANCE)).isFalse();
        assertThat(manager.confidentialityAgreement()).isFalse();
    }
}
