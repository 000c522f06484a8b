package dev.directsupply.sdk.tamper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.sdk.DeliveryFailure;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.sdk.RelayListener;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-7.2.1 the relay checks each event against its change's seal before any subscriber gets it. */
class RelaySealTest {
    private final InMemoryTampering tampering = new InMemoryTampering();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<DeliveryFailure> parked = new CopyOnWriteArrayList<>();
    private final DirectSupply sdk = DirectSupply.builder().store(tampering.store())
        .clock(ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE))
        .auditKey("kept outside the database".getBytes(StandardCharsets.UTF_8))
        .subscribe("crm", "customer.CustomerRegistered", event -> delivered.add(event.payload()))
        .relayListener(new RelayListener() {
            @Override
            public void parked(DeliveryFailure failure) {
                parked.add(failure);
            }
        }).build();

    private void register(String name, long n) {
        String first17 = "91310000" + String.format("%09d", n);
        sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer(name, first17
            + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING", new BigDecimal("300000"),
            List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));
    }

    @Test
    @DisplayName("DS-7.2.1 an edited event is never handed to its subscriber: it is parked, the host hears, the others go on")
    void givenEditedEventPayload_whenRelayed_thenParkedNotDelivered() {
        Staff.putOnRecord(sdk.agreements());
        register("上海味道餐饮管理有限公司", 1);
        register("宁波顺达物流有限公司", 2);
        PendingEvent first = sdk.store().pendingEvents(10).stream()
            .filter(pending -> pending.event().type().equals("customer.CustomerRegistered")).findFirst().orElseThrow();
        tampering.editPayload(first.event().eventId(), first.event().payload().replace("上海味道", "上海假冒"));

        sdk.events().drain();

        assertThat(delivered).singleElement().asString().contains("宁波顺达");
        assertThat(parked).singleElement().satisfies(failure -> {
            assertThat(failure.eventId()).isEqualTo(first.event().eventId());
            assertThat(failure.error()).hasMessageContaining("seal");
        });
        assertThat(sdk.events().parked(Staff.AUDITOR)).singleElement()
            .satisfies(event -> assertThat(event.subscriber()).isEqualTo("crm"));
        assertThat(sdk.events().retryParked()).as("a broken event is not handed over on retry either").isZero();
        assertThat(delivered).hasSize(1);
    }
}
