package dev.directsupply.delivery.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.StrategicImportance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The priority allocation of a day's short transport capacity (DS-4.2.1), for random demand and capacity. */
class TransportPlannerPropertyTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-16");
    private static final TransportMode[] MODES = {TransportMode.ROAD, TransportMode.AIR, TransportMode.EXPRESS};

    private static List<TransportDemand> demand(Random random) {
        List<TransportDemand> demand = new ArrayList<>();
        int size = random.nextInt(25);
        for (int i = 0; i < size; i++) {
            demand.add(new TransportDemand("S-" + String.format("%03d", random.nextInt(1000)) + "-" + i,
                MODES[random.nextInt(MODES.length)],
                new Load(BigDecimal.valueOf(1 + random.nextInt(3000)), BigDecimal.valueOf(random.nextInt(20))),
                random.nextInt(4) == 0 ? Urgency.URGENT : Urgency.NORMAL,
                StrategicImportance.values()[random.nextInt(3)], random.nextInt(10) == 0,
                DAY.plusDays(random.nextInt(10) - 3)));
        }
        return demand;
    }

    private static Map<TransportMode, Load> capacity(Random random) {
        Map<TransportMode, Load> capacity = new EnumMap<>(TransportMode.class);
        for (TransportMode mode : MODES) {
            if (random.nextInt(5) > 0) {
                capacity.put(mode, new Load(BigDecimal.valueOf(random.nextInt(15000)),
                    BigDecimal.valueOf(random.nextInt(100))));
            }
        }
        return capacity;
    }

    @Test
    @DisplayName("DS-4.2.1 a lower-priority shipment is never served while a higher-priority one that fits is left out")
    void givenRandomDemandAndCapacity_whenAllocated_thenNoHigherPriorityThatFitsIsLeftOut() {
        Random random = new Random(20261205L);
        int leftOutSeen = 0;
        for (int run = 0; run < 2000; run++) {
            Map<TransportMode, Load> capacity = capacity(random);
            TransportPlan plan = TransportPlanner.allocate(DAY, demand(random), capacity);

            for (Allocation left : plan.leftOut()) {
                leftOutSeen++;
                Load limit = capacity.get(left.demand().mode());
                Load servedAbove = plan.served().stream().filter(served -> served.rank() < left.rank())
                    .filter(served -> served.demand().mode() == left.demand().mode())
                    .map(served -> served.demand().load()).reduce(Load.NONE, Load::plus);
                assertThat(limit).as("a mode without a limit serves all").isNotNull();
                assertThat(limit.minus(servedAbove).holds(left.demand().load()))
                    .as("left out at rank %d although it fit", left.rank()).isFalse();
            }
            for (TransportMode mode : MODES) {
                Load used = plan.served().stream().filter(served -> served.demand().mode() == mode)
                    .map(served -> served.demand().load()).reduce(Load.NONE, Load::plus);
                if (capacity.containsKey(mode)) {
                    assertThat(capacity.get(mode).holds(used)).as("%s within its capacity", mode).isTrue();
                }
            }
        }
        assertThat(leftOutSeen).as("the generator does make capacity short").isGreaterThan(1000);
    }

    @Test
    @DisplayName("DS-4.2.1 the same demand gives the same plan, in whatever order it comes")
    void givenShuffledDemand_whenAllocated_thenSamePlan() {
        Random random = new Random(7L);
        for (int run = 0; run < 500; run++) {
            List<TransportDemand> demand = demand(random);
            Map<TransportMode, Load> capacity = capacity(random);
            List<TransportDemand> shuffled = new ArrayList<>(demand);
            Collections.shuffle(shuffled, random);

            assertThat(TransportPlanner.allocate(DAY, shuffled, capacity))
                .isEqualTo(TransportPlanner.allocate(DAY, demand, capacity));
        }
    }

    @Test
    @DisplayName("DS-4.2.1 urgent orders and CORE or IMPORTANT customers go first, then the promised date, and say why")
    void givenMixedDemand_whenAllocated_thenRankedByPriorityWithReasons() {
        Load ton = new Load(new BigDecimal("1000"), BigDecimal.ONE);
        TransportDemand general = new TransportDemand("A", TransportMode.ROAD, ton, Urgency.NORMAL,
            StrategicImportance.GENERAL, false, DAY.minusDays(2));
        TransportDemand core = new TransportDemand("B", TransportMode.ROAD, ton, Urgency.NORMAL,
            StrategicImportance.CORE, false, DAY.plusDays(3));
        TransportDemand urgent = new TransportDemand("C", TransportMode.ROAD, ton, Urgency.URGENT,
            StrategicImportance.GENERAL, false, DAY.plusDays(5));
        TransportDemand importantEarlier = new TransportDemand("D", TransportMode.ROAD, ton, Urgency.NORMAL,
            StrategicImportance.IMPORTANT, false, DAY.plusDays(1));

        TransportPlan plan = TransportPlanner.allocate(DAY, List.of(general, core, urgent, importantEarlier),
            Map.of(TransportMode.ROAD, new Load(new BigDecimal("2500"), BigDecimal.TEN)));

        assertThat(plan.allocations()).extracting(allocation -> allocation.demand().shipment())
            .containsExactly("C", "D", "B", "A");
        assertThat(plan.served()).extracting(allocation -> allocation.demand().shipment()).containsExactly("C", "D");
        assertThat(plan.allocations().get(0).priorityReasons()).containsExactly("urgent order", "promised 2026-03-21");
        assertThat(plan.allocations().get(1).priorityReasons()).containsExactly("IMPORTANT customer",
            "promised 2026-03-17");
        assertThat(plan.allocations().get(2).outcomeReason())
            .isEqualTo("capacity short: needs 1000 kg, 1 m3; 500 kg, 8 m3 left");
    }
}
