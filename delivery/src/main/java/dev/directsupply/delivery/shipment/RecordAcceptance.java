package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The joint acceptance with the customer on arrival (DS-4.2.4): the lines checked — a line not named was
 * received as shipped —, the customer's decision, who decided for the customer, and a note. A line found
 * damaged, defective or not of the agreed specification carries its evidence.
 */
public record RecordAcceptance(@NotNull ShipmentId shipmentId, @NotNull @PastOrPresent LocalDate acceptedOn,
                               @NotBlank @OneOf(AcceptanceDecision.class) String decision,
                               @NotNull @Size(max = 200) List<@NotNull @Valid CheckDetails> checks,
                               @NotBlank @Size(max = 100) String customerRepresentative,
                               @MultiLine @NotNull @Size(max = 1000) String note) implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.RECEIVE;
    }

    /** Each line is checked once. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>();
        if (checks != null) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int i = 0; i < checks.size(); i++) {
                CheckDetails check = checks.get(i);
                if (check != null && check.line() != null && !seen.add(check.line())) {
                    violations.add(Violation.of("checks[" + i + "].line", "delivery.error.line-checked-twice",
                        "DS-4.2.4", Map.of("line", check.line())));
                }
            }
        }
        return violations;
    }

    /** A line as checked: received quantity, specification, quality, evidence. */
    public record CheckDetails(@NotNull @InRange(min = 1, max = 200) Integer line,
                               @NotNull @PositiveOrZero @DecimalMax("1e9") BigDecimal received,
                               @NotNull Boolean specificationAsAgreed,
                               @NotBlank @OneOf(QualityResult.class) String quality,
                               @MultiLine @NotNull @Size(max = 1000) String evidence)
        implements dev.directsupply.kernel.validation.CrossFieldRules {

        /** What was found wrong is shown: damage, a defect or a wrong specification comes with its evidence. */
        @Override
        public List<Violation> crossFieldViolations() {
            boolean wrong = Boolean.FALSE.equals(specificationAsAgreed)
                || quality != null && !quality.equals(QualityResult.CONFORMING.name());
            return wrong && evidence != null && evidence.isBlank()
                ? List.of(Violation.of("evidence", "delivery.error.evidence-needed", "DS-4.2.4", Map.of()))
                : List.of();
        }

        LineCheck toCheck() {
            return new LineCheck(line, received, specificationAsAgreed, QualityResult.valueOf(quality),
                evidence.strip());
        }
    }
}
