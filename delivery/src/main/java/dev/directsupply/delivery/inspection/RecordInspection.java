package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records an inspection of a lot (DS-4.1.3, DS-6.2.3): its kind, the lot, the sampling plan, how many sampled
 * units were defective and each non-conformance found. The outcome is judged from them, never given.
 */
public record RecordInspection(@NotBlank @OneOf(InspectionKind.class) String kind,
                               @NotBlank @IdentifierShape @Size(max = 64) String product,
                               @NotBlank @IdentifierShape @Size(max = 40) String lot,
                               @Valid @NotNull SamplingDetails sampling,
                               @NotNull @InRange(min = 0, max = 100_000_000) Long defective,
                               @NotNull @Size(max = 50) List<@NotNull @Valid NonConformanceDetails> nonConformances,
                               @NotNull @PastOrPresent LocalDate inspectedOn) implements Command {

    @Override
    public Permission permission() {
        return InspectionPermissions.RECORD;
    }

    /** No more defective units than drawn; defects come with what was found, and nothing is found in none. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>();
        Long drawn = sampling == null ? null : sampling.sampleSize();
        if (drawn != null && defective != null && defective > drawn) {
            violations.add(Violation.of("defective", "delivery.error.more-than-sampled", "DS-6.2.3",
                Map.of("sample", drawn)));
        }
        if (defective != null && nonConformances != null && defective > 0 && nonConformances.isEmpty()) {
            violations.add(Violation.of("nonConformances", "delivery.error.defects-unexplained", "DS-6.2.3",
                Map.of()));
        }
        if (nonConformances != null && drawn != null) {
            for (int i = 0; i < nonConformances.size(); i++) {
                NonConformanceDetails found = nonConformances.get(i);
                if (found != null && found.units() != null && found.units() > drawn) {
                    violations.add(Violation.of("nonConformances[" + i + "].units",
                        "delivery.error.more-than-sampled", "DS-6.2.3", Map.of("sample", drawn)));
                }
            }
        }
        return violations;
    }

    /** A sampling plan as given: lot size, sample size, acceptance number. */
    public record SamplingDetails(@NotNull @InRange(min = 1, max = 100_000_000) Long lotSize,
                                  @NotNull @InRange(min = 1, max = 100_000_000) Long sampleSize,
                                  @NotNull @InRange(min = 0, max = 100_000_000) Long acceptanceNumber)
        implements dev.directsupply.kernel.validation.CrossFieldRules {

        @Override
        public List<Violation> crossFieldViolations() {
            List<Violation> violations = new ArrayList<>();
            if (lotSize != null && sampleSize != null && sampleSize > lotSize) {
                violations.add(Violation.of("sampleSize", "delivery.error.sample-above-lot", "DS-6.2.3",
                    Map.of("lot", lotSize)));
            }
            if (sampleSize != null && acceptanceNumber != null && acceptanceNumber >= sampleSize) {
                violations.add(Violation.of("acceptanceNumber", "delivery.error.accepts-whole-sample", "DS-6.2.3",
                    Map.of("sample", sampleSize)));
            }
            return violations;
        }

        SamplingPlan toPlan() {
            return new SamplingPlan(lotSize, sampleSize, acceptanceNumber);
        }
    }

    /** A non-conformance as given. */
    public record NonConformanceDetails(@NotBlank @Size(max = 100) String characteristic,
                                        @NotBlank @OneOf(NonConformanceSeverity.class) String severity,
                                        @NotNull @InRange(min = 1, max = 100_000_000) Long units,
                                        @NotBlank @Size(max = 500) String description) {

        NonConformance toNonConformance() {
            return new NonConformance(characteristic.strip(), NonConformanceSeverity.valueOf(severity), units,
                description.strip());
        }
    }

    InspectionResult toResult() {
        return new InspectionResult(defective,
            nonConformances.stream().map(NonConformanceDetails::toNonConformance).toList());
    }
}
