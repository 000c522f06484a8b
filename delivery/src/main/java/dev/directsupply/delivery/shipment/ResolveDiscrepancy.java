package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settles a discrepancy by agreement with the customer (DS-4.2.4): a replacement shipment or a return of so
 * many units, or a credit note or price discount of an amount in the policy currency; the terms, and who
 * agreed for the customer on which day. Who agreed for us is the person sending the command.
 */
public record ResolveDiscrepancy(@NotNull ShipmentId shipmentId,
                                 @NotNull @InRange(min = 1, max = 10_000) Integer discrepancy,
                                 @NotBlank @OneOf(ResolutionKind.class) String kind,
                                 @Positive @DecimalMax("1e12") BigDecimal amount,
                                 @Positive @DecimalMax("1e9") BigDecimal quantity,
                                 @MultiLine @NotBlank @Size(max = 1000) String terms,
                                 @NotBlank @Size(max = 100) String customerRepresentative,
                                 @NotNull @PastOrPresent LocalDate customerAgreedOn) implements Command {
    @Override
    public Permission permission() {
        return ShipmentPermissions.RESOLVE;
    }

    /** Money settles with an amount, goods with a quantity: each kind carries its own and not the other. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (kind == null || !java.util.Arrays.stream(ResolutionKind.values()).anyMatch(k -> k.name().equals(kind))) {
            return List.of();
        }
        boolean money = ResolutionKind.valueOf(kind) == ResolutionKind.CREDIT_NOTE
            || ResolutionKind.valueOf(kind) == ResolutionKind.PRICE_DISCOUNT;
        List<Violation> violations = new ArrayList<>();
        if (money ? amount == null : quantity == null) {
            violations.add(Violation.of(money ? "amount" : "quantity", "delivery.error.resolution-needs",
                "DS-4.2.4", Map.of("kind", kind)));
        }
        if (money ? quantity != null : amount != null) {
            violations.add(Violation.of(money ? "quantity" : "amount", "delivery.error.resolution-excludes",
                "DS-4.2.4", Map.of("kind", kind)));
        }
        return violations;
    }
}
