package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.FINANCE;
import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.Communication;
import dev.directsupply.orders.order.CommunicationKind;
import dev.directsupply.orders.order.GiveFeedback;
import dev.directsupply.orders.order.OrderId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.2: the order's customer feed names the customer's people it was agreed with or told; it masks
 * them as the customer registry masks contacts, for readers without the registry's right to see them.
 */
class OrderFeedPrivacyTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    private OrderId aCancelledOrderAgreedWith(String person) {
        OrderId id = fixtures.released("k-1").id();
        fixtures.orders.giveFeedback(SALES, new GiveFeedback(id, "PHONE", person, "production started"));
        fixtures.orders.cancel(SALES, new CancelOrder(id, "plant closed", person, "EMAIL"));
        return id;
    }

    @Test
    @DisplayName("DS-7.2.2 readers without the contact-details right see the feed's contacts masked as the registry masks them")
    void givenReaderWithoutContactRight_whenReadingFeed_thenContactsMasked() {
        OrderId id = aCancelledOrderAgreedWith("陈静");

        assertThat(fixtures.orders.feed(FINANCE, id)).extracting(Communication::contact).containsExactly("陈*", "陈*");
        assertThat(fixtures.orders.feed(PRODUCTION, id)).extracting(Communication::contact)
            .doesNotContain("陈静");
    }

    @Test
    @DisplayName("DS-7.2.2 the rest of a masked feed is as recorded: what was said, when, by whom")
    void givenReaderWithoutContactRight_whenReadingFeed_thenOnlyTheContactChanges() {
        OrderId id = aCancelledOrderAgreedWith("陈静");

        assertThat(fixtures.orders.feed(FINANCE, id)).last().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(CommunicationKind.CANCELLATION);
            assertThat(told.summary()).isEqualTo("plant closed");
            assertThat(told.by()).isEqualTo(SALES.id());
        });
    }

    @Test
    @DisplayName("DS-7.2.2 readers with the contact-details right, as sales has it, see the contact as recorded")
    void givenReaderWithContactRight_whenReadingFeed_thenContactsShown() {
        OrderId id = aCancelledOrderAgreedWith("陈静");

        assertThat(fixtures.orders.feed(SALES, id)).extracting(Communication::contact).containsExactly("陈静", "陈静");
    }

    @Test
    @DisplayName("DS-7.2.2 a one-character contact is all hidden, and a feed entry printed never shows the contact")
    void givenOneCharacterContact_whenMaskedOrPrinted_thenHidden() {
        OrderId id = aCancelledOrderAgreedWith("静");

        assertThat(fixtures.orders.feed(FINANCE, id)).extracting(Communication::contact).containsOnly("*");
        assertThat(fixtures.orders.feed(SALES, id).get(0).toString()).contains("contact=*").doesNotContain("静");
    }
}
