package dev.directsupply.delivery;

import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.delivery.inspection.InspectionDesk;
import dev.directsupply.delivery.inspection.RecordInspection;
import dev.directsupply.delivery.reference.RecordedNotices;
import dev.directsupply.delivery.shipment.DeliveryNotices;
import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.ReadyGoods;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A delivery module over an in-memory store on 2026-03-16, with a customer, lots and notices kept. */
public final class DeliveryFixtures {
    public static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    public final ManualClock clock;
    public final RecordedNotices notices = new RecordedNotices();
    public final ModuleHarness modules;
    public final ShipmentDesk shipments;
    public final InspectionDesk inspections;
    public final CustomerDesk customers;
    private int registered;

    public DeliveryFixtures() {
        this(new InMemoryDocumentStore(), ManualClock.on("2026-03-16T09:00:00", ModuleHarness.SHANGHAI),
            order -> Optional.empty());
    }

    /** A host of the module on the store, its clock shared, with what its orders have ready. */
    public DeliveryFixtures(DocumentStore store, ManualClock clock, ReadyGoods ready) {
        this.clock = clock;
        this.modules = ModuleHarness.with(new CustomerModule(), new DeliveryModule()).store(store).clock(clock)
            .port(DeliveryNotices.class, notices).port(ReadyGoods.class, ready).build();
        this.shipments = modules.service(ShipmentDesk.class);
        this.inspections = modules.service(InspectionDesk.class);
        this.customers = modules.service(CustomerDesk.class);
    }

    /** A customer registered by sales, owned by {@code Staff.SALES}. */
    public CustomerId customer() {
        registered++;
        String first17 = String.format("91310000%09d", registered);
        return customers.register(Staff.SALES, new RegisterCustomer("上海味道餐饮管理有限公司" + registered,
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of())).id();
    }

    /** A final inspection of the lot: 13 of 500 sampled, accept on 1, with so many defective. */
    public static RecordInspection finalInspection(String product, String lot, long defective) {
        return new RecordInspection("FINAL", product, lot, new RecordInspection.SamplingDetails(500L, 13L, 1L),
            defective, defective == 0 ? List.of() : List.of(new RecordInspection.NonConformanceDetails("seal",
                "MAJOR", defective, "cap not sealed")), TODAY);
    }

    /** One line of 40 cases of soy sauce from lot L1, made 2026-03-01 with 12 months' shelf life. */
    public static PlanShipment.LineDetails soy(int orderLine, String lot, String quantity) {
        return new PlanShipment.LineDetails(orderLine, new PlanShipment.GoodsDetails("SOY-500", "酱油", "500 ml × 12",
            "case"), new BigDecimal(quantity), new PlanShipment.LotDetails(lot, LocalDate.parse("2026-03-01"), 12,
            "MONTHS"), new PlanShipment.CargoDetails(new BigDecimal("7.5"), new BigDecimal("0.02"), List.of()));
    }

    /** A shipment to Suzhou, 100 km, two days by road, promised in four days, 30 days' shelf life agreed. */
    public static PlanShipment plan(CustomerId customer, List<PlanShipment.LineDetails> lines) {
        return new PlanShipment("SO-2026-0001", customer, lines, new PlanShipment.DestinationDetails("SZ-1",
            "苏州工业园区仓库", 100, false, false, 2), new PlanShipment.ScheduleDetails(TODAY, TODAY.plusDays(4), "NORMAL"),
            30);
    }
}
