package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.GiveFeedback;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.testing.BadInputProbe.Outcome;
import dev.directsupply.testing.BadInputProbe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every text and date component of the order commands that take them, tried with control, zero-width
 * and bidirectional characters, an unpaired surrogate and dates outside 1900–2200 (BadInputProbe): each
 * is refused with an {@code InvalidCommand} naming the component, nothing stored. Before the kernel's
 * input hygiene, {@code recordProgress} with a projected finish of {@code LocalDate.MAX} crashed with a
 * {@code DateTimeException}.
 */
class OrderBadInputTest {
    private final OrderFixtures fixtures = new OrderFixtures();
    private final BadInputProbe probe = new BadInputProbe(() -> fixtures.store.pendingEvents(100_000).size());

    @Test
    @DisplayName("DS-7.2.1 DS-7.1.2 bad text and dates in order commands meet InvalidCommand naming the field, "
        + "nothing stored")
    void givenBadTextOrDatesInOrderCommands_whenSent_thenRefusedNamingTheField() {
        Order released = fixtures.released("k-probe");
        Order another = fixtures.released("k-probe-2");

        probe.tryAll(anOrder("k-new"), c -> fixtures.orders.submit(SALES, c));
        probe.tryAll(new RecordProgress(released.id(), 1, "PRODUCTION_STARTED", LocalDate.parse("2026-03-15"),
            LocalDate.parse("2026-03-18")), c -> fixtures.orders.recordProgress(PRODUCTION, c));
        probe.tryAll(new ShipOrder(released.id(), "WB-1", LocalDate.parse("2026-03-15"),
            List.of(new ShippedLine(1, quantity("1")))), c -> fixtures.orders.ship(fixtures.delivery, c));
        probe.tryAll(new GiveFeedback(released.id(), "PHONE", "Ms Chen", "on time"),
            c -> fixtures.orders.giveFeedback(SALES, c));
        probe.tryAll(new CancelOrder(another.id(), "plant closed", "Ms Chen", "EMAIL"),
            c -> fixtures.orders.cancel(SALES, c));

        System.out.println("orders bad inputs tried: " + probe.tried().size() + " " + probe.tally());
        probe.tried().stream().filter(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .forEach(t -> System.out.println("  " + t));
        assertThat(probe.tried()).hasSizeGreaterThan(100);
        assertThat(probe.tried()).filteredOn(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .as("refused when the value was made (a typed id or code) is the only other answer")
            .allMatch(t -> t.outcome() == Outcome.REFUSED_OTHERWISE_TYPED && t.detail().endsWith("when made"));
    }
}
