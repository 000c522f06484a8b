package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who performs a command: a person of a department with roles; the SDK's own actors come from its pipeline. */
class ActorTest {

    @Test
    @DisplayName("an actor has the roles it was given and no other")
    void givenActorWithRoles_whenAskedForRoles_thenOnlyThose() {
        Actor manager = Actor.of("zhao.lei", Department.SALES, Role.SALES, Role.SALES_MANAGER);

        assertThat(manager.hasRole(Role.SALES_MANAGER)).isTrue();
        assertThat(manager.hasRole(Role.SALES)).isTrue();
        assertThat(manager.hasRole(Role.FINANCE)).isFalse();
        assertThat(manager.claimsSystem()).isFalse();
    }

    @Test
    @DisplayName("DS-7.2.2 a person made with null parts is refused naming each one, in both languages")
    void givenNullParts_whenPersonMade_thenEachNamed() {
        assertThatThrownBy(() -> Actor.of(null, null, (Role[]) null))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactlyInAnyOrder("id", "department", "roles");
                assertThat(e.message(Messages.CHINESE)).contains("至少须有一个角色");
            });
        assertThatThrownBy(() -> Actor.of("li.na", Department.SALES, Role.SALES, null))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("roles"));
        assertThatThrownBy(() -> Actor.of("li.na", Department.SALES))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("roles"));
        assertThatThrownBy(() -> Actor.of("li na\u0000", Department.SALES, Role.SALES))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("id"));
    }

    @Test
    @DisplayName("DS-7.2.2 a person cannot take the SDK's own id prefix, SYSTEM role or SYSTEM department")
    void givenReservedParts_whenPersonMade_thenRefused() {
        assertThatThrownBy(() -> Actor.of("system:relay", Department.SYSTEM, Role.SYSTEM))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactlyInAnyOrder("id", "department", "roles");
                assertThat(e.message(Messages.ENGLISH)).contains("reserved to the SDK's own actors");
                assertThat(e.message(Messages.CHINESE)).contains("保留");
            });
        assertThatThrownBy(() -> Actor.of("li.na", Department.SALES, Role.SALES, Role.SYSTEM))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("roles"));
        assertThat(Actor.of("systemic.li", Department.SALES, Role.SALES).claimsSystem()).isFalse();
    }

    @Test
    @DisplayName("an actor made whole that claims any reserved part is told apart, for the pipeline to check")
    void givenActorsClaimingReservedParts_whenAsked_thenClaimsSystem() {
        assertThat(new Actor(ActorId.of("system:x"), java.util.Set.of(Role.SALES), Department.SALES)
            .claimsSystem()).isTrue();
        assertThat(new Actor(ActorId.of("x"), java.util.Set.of(Role.SYSTEM), Department.SALES)
            .claimsSystem()).isTrue();
        assertThat(new Actor(ActorId.of("x"), java.util.Set.of(Role.SALES), Department.SYSTEM)
            .claimsSystem()).isTrue();
    }
}
