package dev.directsupply.risk.register;

import static dev.directsupply.testing.Staff.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.risk.RiskFixtures;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The risk register: lifecycle and its guards, reviews, and risks raised from signals. */
class RiskDeskTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    private Risk aQualityRisk() {
        return risk.register.identify(QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE", "PL-FROZEN",
            "ice crystals in frozen dumplings", "sun.mei"));
    }

    @Test
    @DisplayName("DS-6.1 a risk goes identified → assessed → mitigating → monitoring → closed, each step recorded")
    void givenRisk_whenWorkedThrough_thenLifecycleFollowed() {
        Risk risk0 = aQualityRisk();
        Risk assessed = risk.register.assess(QUALITY, new AssessRisk(risk0.id(), 3, 4, "two complaints this month"));
        risk.register.plan(QUALITY, new PlanRiskResponse(risk0.id(), List.of("extra freezer audit",
            "supplier corrective action"), "switch to backup cold-chain carrier", "sun.mei",
            LocalDate.parse("2026-04-15")));
        risk.register.move(QUALITY, new MoveRisk(risk0.id(), "MITIGATE", "actions started"));
        risk.register.move(QUALITY, new MoveRisk(risk0.id(), "MONITOR", "no complaints for two weeks"));
        Risk closed = risk.register.move(QUALITY, new MoveRisk(risk0.id(), "CLOSE", "quarter without complaints"));

        assertThat(assessed.rating().score()).isEqualTo(12);
        assertThat(assessed.rating().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.history()).extracting(note -> note.what())
            .containsExactly("IDENTIFIED", "ASSESS", "PLANNED", "MITIGATE", "MONITOR", "CLOSE");
    }

    @Test
    @DisplayName("DS-6.2.2 mitigation without a response measure is refused, naming the guard")
    void givenAssessedRiskWithoutResponse_whenMitigated_thenRejected() {
        Risk risk0 = aQualityRisk();
        risk.register.assess(QUALITY, new AssessRisk(risk0.id(), 1, 2, ""));

        assertThatThrownBy(() -> risk.register.move(QUALITY, new MoveRisk(risk0.id(), "MITIGATE", "go")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> {
                assertThat(e.rule()).contains("DS-6.2.2");
                assertThat(e.getMessage()).contains("a response measure is planned");
                assertThat(e.chineseMessage()).contains("已制定应对措施");
            });
    }

    @Test
    @DisplayName("DS-6.2.4 a supply risk needs a contingency plan before it is mitigated")
    void givenSupplyRiskWithoutContingency_whenMitigated_thenRejected() {
        Risk supply = risk.register.identify(QUALITY, new IdentifyRisk("SUPPLY", "PRODUCT_LINE", "PL-FROZEN",
            "single flour mill", "sun.mei"));
        risk.register.assess(QUALITY, new AssessRisk(supply.id(), 2, 2, ""));
        risk.register.plan(QUALITY, new PlanRiskResponse(supply.id(), List.of("safety stock"), "", "sun.mei",
            LocalDate.parse("2026-04-01")));

        assertThatThrownBy(() -> risk.register.move(QUALITY, new MoveRisk(supply.id(), "MITIGATE", "go")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.rule()).contains("DS-6.2.4"));
    }

    @Test
    @DisplayName("a move the lifecycle does not have is an IllegalTransition")
    void givenIdentifiedRisk_whenMonitored_thenIllegalTransition() {
        Risk risk0 = aQualityRisk();

        assertThatThrownBy(() -> risk.register.move(QUALITY, new MoveRisk(risk0.id(), "MONITOR", "skip")))
            .isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("open risks whose review date has passed are listed, longest overdue first")
    void givenRisksPastReview_whenListed_thenOverdueOnly() {
        Risk first = aQualityRisk();
        risk.clock.moveDays(30);
        Risk second = risk.register.identify(QUALITY, new IdentifyRisk("MARKET", "CUSTOMER", "c-1", "price war",
            "sun.mei"));
        risk.clock.moveDays(30);
        risk.register.identify(QUALITY, new IdentifyRisk("MARKET", "CUSTOMER", "c-2", "new competitor", "sun.mei"));
        risk.clock.moveTo("2026-07-20");

        assertThat(risk.register.overdueReviews(QUALITY)).extracting(Risk::id).containsExactly(first.id(), second.id());
    }

    @Test
    @DisplayName("DS-6.2.4 a risk being mitigated keeps its contingency plan; a closed risk is not planned again")
    void givenMitigatingAndClosedRisks_whenReplanned_thenRefused() {
        Risk supply = risk.register.identify(QUALITY, new IdentifyRisk("SUPPLY", "PRODUCT_LINE", "PL-FROZEN",
            "single flour mill", "sun.mei"));
        risk.register.assess(QUALITY, new AssessRisk(supply.id(), 2, 2, ""));
        risk.register.plan(QUALITY, new PlanRiskResponse(supply.id(), List.of("safety stock"), "second mill in Wuxi",
            "sun.mei", LocalDate.parse("2026-04-01")));
        risk.register.move(QUALITY, new MoveRisk(supply.id(), "MITIGATE", "go"));

        assertThatThrownBy(() -> risk.register.plan(QUALITY, new PlanRiskResponse(supply.id(), List.of("safety stock"),
            "", "sun.mei", LocalDate.parse("2026-05-01"))))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.rule()).contains("DS-6.2.4"));

        risk.register.move(QUALITY, new MoveRisk(supply.id(), "MONITOR", "stock built"));
        risk.register.move(QUALITY, new MoveRisk(supply.id(), "CLOSE", "second mill signed"));
        assertThatThrownBy(() -> risk.register.plan(QUALITY, new PlanRiskResponse(supply.id(), List.of("safety stock"),
            "second mill in Wuxi", "sun.mei", LocalDate.parse("2026-07-01"))))
            .isInstanceOfSatisfying(RiskClosed.class, e -> assertThat(e.rule()).contains("DS-6.1.4"));
        assertThatThrownBy(() -> risk.register.review(QUALITY, new ReviewRisk(supply.id(), "again",
            LocalDate.parse("2026-06-01"))))
            .isInstanceOfSatisfying(RiskClosed.class, e -> assertThat(e.rule()).contains("DS-6.1.4"));
    }

    @Test
    @DisplayName("DS-6.1.3, DS-6.1.4 signals over the thresholds raise quality and supply risks, once")
    void givenSignalsOverThresholds_whenMonitored_thenRisksRaisedOnce() {
        RiskSubject frozen = RiskSubject.productLine("PL-FROZEN");
        RiskSubject noodles = RiskSubject.productLine("PL-NOODLES");
        risk.qualitySignals.add(new QualitySignal(frozen, YearMonth.parse("2026-02"), new BigDecimal("0.08"),
            new BigDecimal("0.01")));
        risk.qualitySignals.add(new QualitySignal(noodles, YearMonth.parse("2026-02"), new BigDecimal("0.01"),
            new BigDecimal("0.01")));
        risk.supplySignals.add(new SupplySignal(noodles, YearMonth.parse("2026-02"), new BigDecimal("0.15")));

        List<Risk> raised = risk.register.monitor(risk.modules.system());
        List<Risk> again = risk.register.monitor(risk.modules.system());

        assertThat(raised).extracting(Risk::category, Risk::subject).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(RiskCategory.QUALITY, frozen),
            org.assertj.core.groups.Tuple.tuple(RiskCategory.SUPPLY, noodles));
        assertThat(raised.get(0).source()).contains("2026-02");
        assertThat(again).isEmpty();
    }

    @Test
    @DisplayName("DS-6.1.3 DS-6.2.3 a product line whose inspected units are found non-conforming beyond the threshold "
        + "raises a quality risk, saying why")
    void givenNonConformanceOverThreshold_whenMonitored_thenQualityRisk() {
        RiskSubject sauces = RiskSubject.productLine("P-100");
        RiskSubject vinegar = RiskSubject.productLine("P-200");
        risk.qualitySignals.add(new QualitySignal(sauces, YearMonth.parse("2026-02"), BigDecimal.ZERO, BigDecimal.ZERO,
            new BigDecimal("0.06")));
        risk.qualitySignals.add(new QualitySignal(vinegar, YearMonth.parse("2026-02"), BigDecimal.ZERO, BigDecimal.ZERO,
            new BigDecimal("0.05")));

        List<Risk> raised = risk.register.monitor(risk.modules.system());

        assertThat(raised).singleElement().satisfies(found -> {
            assertThat(found.subject()).isEqualTo(sauces);
            assertThat(found.identification().description()).contains("non-conformance rate 0.06", "0.05)");
        });
    }

    @Test
    @DisplayName("DS-6.1.4 DS-4.1.4 a customer with more delays left untold than the threshold raises a supply risk, "
        + "however few of its deliveries were late")
    void givenUntoldDelaysOverThreshold_whenMonitored_thenSupplyRisk() {
        RiskSubject told = RiskSubject.customer("C-TOLD");
        RiskSubject untold = RiskSubject.customer("C-UNTOLD");
        risk.supplySignals.add(new SupplySignal(told, YearMonth.parse("2026-02"), BigDecimal.ZERO, 0));
        risk.supplySignals.add(new SupplySignal(untold, YearMonth.parse("2026-02"), BigDecimal.ZERO, 1));

        List<Risk> raised = risk.register.monitor(risk.modules.system());

        assertThat(raised).singleElement().satisfies(found -> {
            assertThat(found.subject()).isEqualTo(untold);
            assertThat(found.category()).isEqualTo(RiskCategory.SUPPLY);
            assertThat(found.identification().description()).contains("delays untold 1", "thresholds 0.1, 0)");
        });
    }

    @Test
    @DisplayName("bad input: an unknown category and a likelihood of 6 are refused")
    void givenBadInput_whenSubmitted_thenInvalidCommand() {
        assertThatThrownBy(() -> risk.register.identify(QUALITY, new IdentifyRisk("WEATHER", "PRODUCT_LINE", "PL-1",
            "storm", "sun.mei"))).isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("category"));
        Risk risk0 = aQualityRisk();
        assertThatThrownBy(() -> risk.register.assess(QUALITY, new AssessRisk(risk0.id(), 6, 0, "")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactly("impact", "likelihood"));
    }
}
