package dev.directsupply.delivery.inspection;

import static dev.directsupply.delivery.DeliveryFixtures.TODAY;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.delivery.DeliveryFixtures;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inspection records (DS-4.1.3, DS-6.2.3): outcomes judged from the plan, and the records' own rules. */
class InspectionRulesTest {
    private final DeliveryFixtures fixtures = new DeliveryFixtures();
    private final InspectionDesk desk = fixtures.inspections;

    private static RecordInspection inspection(String kind, long lot, long sample, long accept, long defective,
                                               List<RecordInspection.NonConformanceDetails> found) {
        return new RecordInspection(kind, "SOY-500", "L1", new RecordInspection.SamplingDetails(lot, sample, accept),
            defective, found, TODAY);
    }

    private static List<RecordInspection.NonConformanceDetails> found(String severity, long units) {
        return List.of(new RecordInspection.NonConformanceDetails("seal", severity, units, "cap loose"));
    }

    @Test
    @DisplayName("DS-6.2.3 a lot passes with exactly the acceptance number of defects, fails with one more, and fails "
        + "with anything critical")
    void givenDefectsAtTheEdge_whenRecorded_thenOutcomeFromThePlan() {
        assertThat(desk.record(QUALITY, inspection("FINAL", 500, 13, 1, 1, found("MINOR", 1))).outcome())
            .isEqualTo(InspectionOutcome.PASSED);
        assertThat(desk.record(QUALITY, inspection("FINAL", 500, 13, 1, 2, found("MINOR", 2))).outcome())
            .isEqualTo(InspectionOutcome.FAILED);
        assertThat(desk.record(QUALITY, inspection("FINAL", 500, 13, 1, 1, found("CRITICAL", 1))).outcome())
            .isEqualTo(InspectionOutcome.FAILED);
    }

    @Test
    @DisplayName("DS-6.2.3 only a passed final inspection clears a lot for dispatch, and it names who inspected")
    void givenKindsAndOutcomes_whenAskedForClearance_thenOnlyPassedFinal() {
        Inspection passedFinal = desk.record(QUALITY, inspection("FINAL", 500, 13, 1, 0, List.of()));
        Inspection passedInProcess = desk.record(QUALITY, inspection("IN_PROCESS", 500, 13, 1, 0, List.of()));
        Inspection failedFinal = desk.record(QUALITY, inspection("FINAL", 500, 13, 0, 1, found("MAJOR", 1)));

        assertThat(passedFinal.clearsForDispatch()).isTrue();
        assertThat(passedInProcess.clearsForDispatch()).isFalse();
        assertThat(failedFinal.clearsForDispatch()).isFalse();
        assertThat(passedFinal.inspector()).isEqualTo(QUALITY.id());
        assertThat(desk.inspection(LOGISTICS, passedFinal.id())).isEqualTo(passedFinal);
        assertThat(desk.inMonth(LOGISTICS, YearMonth.from(TODAY))).hasSize(3);
        assertThat(desk.inMonth(LOGISTICS, YearMonth.from(TODAY).minusMonths(1))).isEmpty();
    }

    @Test
    @DisplayName("DS-6.2.3 an inspection's numbers hold together: no sample above the lot, no acceptance of the whole "
        + "sample, no more defects than sampled, defects explained, each finding within the sample")
    void givenNumbersThatDoNotHold_whenRecorded_thenEachFieldNamed() {
        assertThatThrownBy(() -> desk.record(QUALITY, inspection("FINAL", 10, 11, 11, 12, found("MINOR", 12))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactlyInAnyOrder(
                "sampling.sampleSize", "sampling.acceptanceNumber", "defective", "nonConformances[0].units"));
        assertThatThrownBy(() -> desk.record(QUALITY, inspection("FINAL", 10, 10, 1, 1, List.of())))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("nonConformances"));
        assertThat(desk.record(QUALITY, inspection("FINAL", 10, 10, 9, 10, found("MINOR", 10))).outcome())
            .as("the whole lot sampled, all of it defective").isEqualTo(InspectionOutcome.FAILED);
        assertThat(desk.record(QUALITY, inspection("FINAL", 10, 10, 9, 0, List.of())).outcome())
            .isEqualTo(InspectionOutcome.PASSED);
    }

    @Test
    @DisplayName("DS-7.2.2 only quality records inspections; reading them needs the right, asked before the lot")
    void givenPeopleWithoutTheRight_whenTheyReach_thenAccessDenied() {
        assertThatThrownBy(() -> desk.record(LOGISTICS, inspection("FINAL", 500, 13, 1, 0, List.of())))
            .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.ofLot(SALES, null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.inMonth(SALES, null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.ofLot(LOGISTICS, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.inMonth(LOGISTICS, null)).isInstanceOf(InvalidCommand.class);
    }

    @Test
    @DisplayName("an inspection is never made with a part missing")
    void givenPartMissing_whenMade_thenRefused() {
        Inspection made = desk.record(QUALITY, inspection("FINAL", 500, 13, 1, 0, List.of()));

        assertThatThrownBy(() -> new Inspection(null, made.kind(), made.lot(), made.plan(), made.result(),
            made.outcome(), made.inspected())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Inspection(made.id(), made.kind(), made.lot(), made.plan(), made.result(),
            made.outcome(), null)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new InspectedLot(null, "L1")).isInstanceOf(RuntimeException.class);
        assertThat(made.lot().toString()).isEqualTo("SOY-500/L1");
    }
}
