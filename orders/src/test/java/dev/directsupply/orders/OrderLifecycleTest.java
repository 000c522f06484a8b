package dev.directsupply.orders;

import static org.assertj.core.api.Assertions.assertThat;
import dev.directsupply.orders.order.Order;

import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderLifecycle;
import dev.directsupply.orders.order.OrderStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The order lifecycle as declared: its shape, and the diagram in the docs, which is the table's own. */
class OrderLifecycleTest {

    @Test
    @DisplayName("the diagram in docs/state-diagrams/order-lifecycle.md is generated from the table (-Ddocs.update=true)")
    void givenTable_whenComparedWithDocs_thenSame() throws IOException {
        String document = "# Order lifecycle\n\nGenerated from `OrderLifecycle.TABLE` by `OrderLifecycleTest`; "
            + "do not edit by hand.\n\n```mermaid\n" + OrderLifecycle.TABLE.toMermaid() + "```\n";
        Path doc = Path.of("..", "docs", "state-diagrams", "order-lifecycle.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    @DisplayName("DS-4.1 every state is reachable, and only rejected, closed and cancelled are final")
    void givenTable_whenWalked_thenEveryStateReachableAndThreeFinal() {
        Set<OrderStatus> reached = EnumSet.of(OrderLifecycle.TABLE.initial());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var row : OrderLifecycle.TABLE.transitions()) {
                if (reached.contains(row.from()) && reached.add(row.to())) {
                    grew = true;
                }
            }
        }
        assertThat(reached).isEqualTo(EnumSet.allOf(OrderStatus.class));
        assertThat(OrderLifecycle.TABLE.finalStates())
            .containsExactlyInAnyOrder(OrderStatus.REJECTED, OrderStatus.CLOSED, OrderStatus.CANCELLED);
    }

    @Test
    @DisplayName("DS-4.1.3 the only way into RELEASED from elsewhere is from APPROVED, guarded by the review and by credit")
    void givenTable_whenLookingForRelease_thenOneGuardedRow() {
        assertThat(OrderLifecycle.TABLE.transitions()).filteredOn(row -> row.to() == OrderStatus.RELEASED && row.from() != OrderStatus.RELEASED)
            .singleElement().satisfies(row -> {
                assertThat(row.from()).isEqualTo(OrderStatus.APPROVED);
                assertThat(row.action()).isEqualTo(OrderAction.RELEASE);
                assertThat(row.guards()).extracting(guard -> guard.description())
                    .containsExactly("orders.guard.review-passed", "orders.guard.credit-cleared");
            });
    }

    @Test
    @DisplayName("DS-4.1.4 a delay never holds goods back: no shipping row waits for a delay's solution")
    void givenTable_whenShipping_thenNoShipRowGuardedByDelays() {
        assertThat(OrderLifecycle.TABLE.transitions())
            .filteredOn(row -> row.action() == OrderAction.SHIP || row.action() == OrderAction.SHIP_PART)
            .isNotEmpty()
            .allSatisfy(row -> assertThat(row.guards()).extracting(guard -> guard.description())
                .allSatisfy(guard -> assertThat(guard).doesNotContain("delay")));
    }
}
