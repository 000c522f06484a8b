package dev.directsupply.risk.register;

import static dev.directsupply.risk.register.RiskJourneys.CLOCK;
import static dev.directsupply.risk.register.RiskJourneys.PARAMETERS;
import static dev.directsupply.risk.register.RiskJourneys.aFullPlan;
import static dev.directsupply.risk.register.RiskJourneys.aRisk;
import static dev.directsupply.risk.register.RiskJourneys.identified;
import static dev.directsupply.testing.AggregateScenario.given;
import static dev.directsupply.testing.Staff.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Risk aggregate alone, no store: given a risk in some state, when a behaviour runs, then its events. */
class RiskTest {

    @Test
    @DisplayName("DS-6.1 given an identified risk, when assessed 3 × 4, then rated HIGH and moved to ASSESSED")
    void givenIdentified_whenAssessed_thenRatedAndAssessed() {
        given(identified(RiskCategory.QUALITY))
            .when(risk -> risk.assess(3, 4, PARAMETERS, "two complaints", QUALITY, CLOCK))
            .then(RiskAssessed.class, RiskMoved.class)
            .and(risk -> {
                assertThat(risk.status()).isEqualTo(RiskStatus.ASSESSED);
                assertThat(risk.rating().level()).isEqualTo(RiskLevel.HIGH);
            });
    }

    @Test
    @DisplayName("DS-6.2.2 given an assessed risk without measures, when mitigated, then refused naming the guard")
    void givenAssessedWithoutMeasures_whenMitigated_thenRefused() {
        TransitionRejected refused = given(aRisk(RiskStatus.ASSESSED))
            .when(risk -> risk.move(RiskAction.MITIGATE, "go", QUALITY, CLOCK))
            .thenRefused(TransitionRejected.class);

        assertThat(refused.rule()).contains("DS-6.2.2");
    }

    @Test
    @DisplayName("DS-6.2.4 given a mitigating risk, when planned without its contingency, then refused")
    void givenMitigating_whenPlannedWithoutContingency_thenRefused() {
        Risk supply = RiskJourneys.LOW_RISK.to(RiskStatus.MITIGATING, identified(RiskCategory.SUPPLY));

        TransitionRejected refused = given(supply)
            .when(risk -> risk.plan(new ResponsePlan(ActorId.of("sun.mei"), List.of("stock"), "",
                LocalDate.parse("2026-05-01")), QUALITY, CLOCK))
            .thenRefused(TransitionRejected.class);

        assertThat(refused.rule()).contains("DS-6.2.4");
    }

    @ParameterizedTest(name = "a {0} risk may be planned and reviewed without moving")
    @EnumSource(value = RiskStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("DS-6.2 an open risk is planned and reviewed where it stands")
    void givenOpenRisk_whenPlannedOrReviewed_thenStaysWhereItIs(RiskStatus status) {
        given(aRisk(status)).when(risk -> risk.plan(aFullPlan(), QUALITY, CLOCK)).then(RiskReviewed.class)
            .and(risk -> assertThat(risk.status()).isEqualTo(status));
        given(aRisk(status)).when(risk -> risk.review("looked again", LocalDate.parse("2026-06-01"), QUALITY, CLOCK))
            .then(RiskReviewed.class)
            .and(risk -> assertThat(risk.reviewOn()).isEqualTo(LocalDate.parse("2026-06-01")));
    }

    @Test
    @DisplayName("DS-6.1.3 given a closed quality risk, when planned or reviewed, then RiskClosed naming its requirement")
    void givenClosed_whenPlannedOrReviewed_thenRiskClosed() {
        RiskClosed planned = given(aRisk(RiskStatus.CLOSED)).when(risk -> risk.plan(aFullPlan(), QUALITY, CLOCK))
            .thenRefused(RiskClosed.class);
        RiskClosed reviewed = given(aRisk(RiskStatus.CLOSED))
            .when(risk -> risk.review("again", LocalDate.parse("2026-06-01"), QUALITY, CLOCK))
            .thenRefused(RiskClosed.class);

        assertThat(planned.rule()).contains("DS-6.1.3");
        assertThat(reviewed.rule()).contains("DS-6.1.3");
    }

    @Test
    @DisplayName("given an identified risk, when monitored, then the table has no such move")
    void givenIdentified_whenMonitored_thenIllegalTransition() {
        given(aRisk(RiskStatus.IDENTIFIED)).when(risk -> risk.move(RiskAction.MONITOR, "skip", QUALITY, CLOCK))
            .thenRefused(IllegalTransition.class);
    }
}
