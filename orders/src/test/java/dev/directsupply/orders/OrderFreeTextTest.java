package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.Communication;
import dev.directsupply.orders.order.GiveFeedback;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.1.2: notes, summaries, answers and reasons are free text and may run over several lines; a
 * contact's name, a delivery place or a reference is one line.
 */
class OrderFreeTextTest {
    private static final String MINUTES = "called the buyer:\n\t- line 1 ready on Friday\r\n\t- line 2 next week";

    private final OrderFixtures fixtures = new OrderFixtures();

    @Test
    @DisplayName("DS-7.1.2 feedback to the customer may hold line breaks and tabs, and is kept as given")
    void givenMultiLineSummary_whenFeedbackGiven_thenAcceptedAndKept() {
        OrderId id = fixtures.released("k-1").id();

        fixtures.orders.giveFeedback(SALES, new GiveFeedback(id, "PHONE", "陈静", MINUTES));

        assertThat(fixtures.feed(id)).last().extracting(Communication::summary).isEqualTo(MINUTES);
    }

    @Test
    @DisplayName("DS-7.1.2 the reason of a cancellation may hold line breaks")
    void givenMultiLineReason_whenCancelled_thenAccepted() {
        OrderId id = fixtures.released("k-1").id();

        Order cancelled = fixtures.orders.cancel(SALES, new CancelOrder(id, MINUTES, "陈静", "EMAIL"));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixtures.feed(id)).last().extracting(Communication::summary).isEqualTo(MINUTES);
    }

    @Test
    @DisplayName("DS-7.1.2 a line break in the name of the person it was agreed with is refused, naming the field")
    void givenLineBreakInAgreedWith_whenCancelled_thenRefused() {
        OrderId id = fixtures.released("k-1").id();

        assertThatThrownBy(() -> fixtures.orders.cancel(SALES, new CancelOrder(id, MINUTES, "陈\n静", "EMAIL")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("agreedWith"));
        assertThat(fixtures.orders.get(SALES, id).status()).isEqualTo(OrderStatus.RELEASED);
    }

    @Test
    @DisplayName("DS-7.1.2 an amendment's note may run over lines, its contact and delivery place may not")
    void givenLineBreaksInAmendment_whenAmended_thenOnlyTheOneLineFieldsRefused() {
        OrderId id = fixtures.approved("k-1").id();

        assertThatThrownBy(() -> fixtures.orders.amend(SALES, new AmendOrder(id, List.of(new LineChange(1,
            quantity("10"))), null, "SZ-\nDC", "陈静\t", MINUTES, "PHONE")))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("agreedWith", "deliveryPlace"));
    }
}
