package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.ImportCustomer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK's relay on the JDBC adapter over H2 with a pool of exactly one connection: a host subscriber
 * that reads the store inside its handler, and the modules' own reactions that write it, all share that
 * one connection with the relay. Before the adapter let go of its connection while handlers ran, the
 * first read waited for the pool until it gave up.
 */
class RelayOnPoolOfOneTest {
    private static final int CUSTOMERS = 25;

    private static HikariDataSource poolOfOne() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:sdk-pool-of-one-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        // An impatient host: a wait for the one connection fails after a second, not after thirty.
        config.setConnectionTimeout(1_000);
        config.setPoolName("sdk-pool-of-one");
        return new HikariDataSource(config);
    }

    private static String creditCode(int n) {
        String first17 = "91310000" + String.format("%09d", n);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Test
    @Timeout(120)
    @DisplayName("DS-6.2.1 on a pool of one connection, a subscriber that reads the store in its handler gets every "
        + "registration, nothing fails and nothing stays pending")
    void givenPoolOfOneConnection_whenHandlerReadsTheStore_thenEveryEventDelivered() {
        Set<CustomerId> seen = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        try (HikariDataSource one = poolOfOne()) {
            DirectSupply[] holder = new DirectSupply[1];
            DirectSupply sdk = DirectSupply.builder().store(JdbcDocumentStore.builder(one).build())
                .clock(ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE))
                .subscribe("crm", "customer.CustomerRegistered", event -> {
                    // The handler reads the store the relay relays from, on the pool's one connection.
                    Customer customer = holder[0].customers().get(Staff.SALES, CustomerId.of(event.aggregateId()));
                    seen.add(customer.id());
                })
                .relayListener(new RelayListener() {
                    @Override
                    public void failed(DeliveryFailure failure) {
                        failures.add(failure.subscriber() + ": " + failure.error());
                    }

                    @Override
                    public void roundFailed(Throwable error) {
                        failures.add("round: " + error);
                    }

                    @Override
                    public void tampered(String subscriber, String what) {
                        failures.add("tampered " + subscriber + ": " + what);
                    }
                }).build();
            holder[0] = sdk;
            Staff.putOnRecord(sdk.agreements());
            for (int n = 1; n <= CUSTOMERS; n++) {
                sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("上海味道餐饮管理有限公司第" + n + "分公司",
                    creditCode(n), "SERVICES", "CATERING", new BigDecimal("300000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));
            }

            EventRelay.Relayed relayed = sdk.events().drain();

            assertThat(failures).isEmpty();
            assertThat(relayed.failures()).isEmpty();
            assertThat(seen).hasSize(CUSTOMERS);
            assertThat(sdk.store().pendingEvents(10)).isEmpty();
            assertThat(sdk.events().health()).allSatisfy(health -> {
                assertThat(health.pending()).as(health.subscriber()).isZero();
                assertThat(health.parked()).as(health.subscriber()).isZero();
            });
            sdk.close();
        }
    }
}
