package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.CUSTOMER;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.SOY_SAUCE;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.orders.order.OrderReceived;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.Violation;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.IdempotencyKeyReused;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.Urgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** DS-4.1.1 receipt: named channels, everything the order says, and idempotent submission. */
class OrderReceiptTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    @Test
    @DisplayName("DS-4.1.1 an order records its channel, lines, delivery time and place, urgency, the agreement in force and the customer's reference")
    void givenSubmission_whenReceived_thenEverythingRecorded() {
        Order order = fixtures.submitted("k-1");

        assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.submission().channel()).isEqualTo(Channel.EDI);
        assertThat(order.submission().customerReference()).isEqualTo("PO-k-1");
        assertThat(order.submission().agreement()).as("the agreement in force").isEqualTo("AG-c-shanghai/v1");
        assertThat(order.lines()).hasSize(2);
        assertThat(order.line(1).product()).isEqualTo(SOY_SAUCE);
        assertThat(order.line(1).specification()).isEqualTo("500ml");
        assertThat(order.line(1).quantity()).isEqualByComparingTo("300");
        assertThat(order.terms().requestedDeliveryDate()).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(order.terms().deliveryPlace()).isEqualTo("SH-WH1");
        assertThat(order.terms().urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(order.total()).isEqualTo(Money.cny("52000.00"));
        assertThat(order.submission().receivedBy()).isEqualTo(SALES.id());
        assertThat(fixtures.eventTypes(order.id())).containsExactly("OrderReceived");
    }

    @Test
    @DisplayName("DS-4.1.1 the same key with the same content returns the same order, stored once")
    void givenSameKeyAndContent_whenSubmittedAgain_thenSameOrder() {
        Order first = fixtures.submitted("k-1");

        Order again = fixtures.orders.submit(SALES, anOrder("k-1"));

        assertThat(again).isEqualTo(first);
        assertThat(fixtures.orders.ofCustomer(SALES, CUSTOMER)).hasSize(1);
        assertThat(fixtures.eventTypes(first.id())).containsExactly("OrderReceived");
    }

    @Test
    @DisplayName("DS-4.1.1 the same key with other content is refused, naming the key, and nothing changes")
    void givenSameKeyOtherContent_whenSubmitted_thenRefused() {
        Order first = fixtures.submitted("k-1");
        SubmitOrder changed = anOrder("k-1", List.of(line(SOY_SAUCE, "500ml", "301", "120.00")), "2026-04-10",
            "SH-WH1");

        assertThatThrownBy(() -> fixtures.orders.submit(SALES, changed))
            .isInstanceOfSatisfying(IdempotencyKeyReused.class, refused -> {
                assertThat(refused.rule()).contains("DS-4.1.1");
                assertThat(refused.order()).isEqualTo(first.id());
                assertThat(refused.idempotencyKey()).isEqualTo("k-1");
            });
        assertThat(fixtures.orders.get(SALES, first.id())).isEqualTo(first);
    }

    @Test
    @DisplayName("DS-4.1.1 one key is one customer's: another customer's order with the same key is another order")
    void givenSameKeyOtherCustomer_whenSubmitted_thenAnotherOrder() {
        CustomerId other = CustomerId.of("c-suzhou");
        fixtures.customer(other, dev.directsupply.customer.StrategicImportance.GENERAL);
        SubmitOrder mine = anOrder("k-1");

        Order first = fixtures.orders.submit(SALES, mine);
        Order second = fixtures.orders.submit(SALES, new SubmitOrder("k-1", other, "EDI", null, mine.lines(),
            mine.requestedDeliveryDate(), mine.deliveryPlace(), null));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.terms().urgency()).isEqualTo(Urgency.NORMAL);
    }

    @RepeatedTest(3)
    @DisplayName("DS-4.1.1 32 threads submitting the same key produce exactly one order")
    void givenThirtyTwoThreads_whenSubmittingOneKey_thenOneOrder() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Order>> submissions = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            submissions.add(threads.submit(() -> {
                start.await();
                return fixtures.orders.submit(SALES, anOrder("k-burst"));
            }));
        }
        start.countDown();
        Set<Order> returned = new HashSet<>();
        for (Future<Order> submission : submissions) {
            returned.add(submission.get(1, TimeUnit.MINUTES));
        }
        threads.shutdown();

        assertThat(returned).hasSize(1);
        assertThat(fixtures.orders.ofCustomer(SALES, CUSTOMER)).hasSize(1);
        assertThat(fixtures.eventTypes(returned.iterator().next().id())).containsExactly("OrderReceived");
    }

    @Test
    @DisplayName("bad input: every violated field is named in both languages, and nothing is stored")
    void givenBadSubmission_whenSubmitted_thenEveryViolationNamed() {
        SubmitOrder bad = new SubmitOrder(" ", CUSTOMER, "FAX", null, List.of(
            new SubmittedLine("P 100", null, new BigDecimal("-1"), "", new BigDecimal("12.345"))),
            LocalDate.parse("2026-03-01"), "", "SOON");

        assertThatThrownBy(() -> fixtures.orders.submit(SALES, bad))
            .isInstanceOfSatisfying(InvalidCommand.class, invalid -> {
                assertThat(invalid.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                    "idempotencyKey", "channel", "lines[0].product", "lines[0].quantity", "lines[0].unit",
                    "lines[0].unitPrice", "requestedDeliveryDate", "deliveryPlace", "urgency");
                assertThat(invalid.violations()).allSatisfy(violation -> {
                    assertThat(violation.english()).isNotBlank();
                    assertThat(violation.chinese()).isNotBlank().isNotEqualTo(violation.english());
                });
            });
        assertThat(fixtures.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("an order without lines, or from an unknown customer, is refused")
    void givenNoLinesOrUnknownCustomer_whenSubmitted_thenRefused() {
        assertThatThrownBy(() -> fixtures.orders.submit(SALES, anOrder("k-1", List.of(), "2026-04-10", "SH-WH1")))
            .isInstanceOf(InvalidCommand.class).hasMessageContaining("lines");
        SubmitOrder stranger = new SubmitOrder("k-2", CustomerId.of("nobody"), "EDI", null, anOrder("x").lines(),
            LocalDate.parse("2026-04-10"), "SH-WH1", null);
        assertThatThrownBy(() -> fixtures.orders.submit(SALES, stranger)).isInstanceOf(NotFound.class);
        assertThat(fixtures.store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 only roles that take orders may submit, and only with a confidentiality agreement (DS-7.2.3)")
    void givenActorWithoutTheRight_whenSubmitting_thenAccessDenied() {
        Actor quality = Actor.of("sun.mei", Department.QUALITY, Role.QUALITY);
        Actor noAgreement = Actor.of("new.hire", Department.SALES, Role.SALES);

        assertThatThrownBy(() -> fixtures.orders.submit(quality, anOrder("k-1")))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> assertThat(denied.rule()).contains("DS-7.2.2"));
        assertThatThrownBy(() -> fixtures.orders.submit(noAgreement, anOrder("k-1")))
            .isInstanceOfSatisfying(AccessDenied.class, denied -> assertThat(denied.rule()).contains("DS-7.2.3"));
        assertThat(fixtures.store.pendingEvents(10)).isEmpty();
    }
}
