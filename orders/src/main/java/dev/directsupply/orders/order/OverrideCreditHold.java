package dev.directsupply.orders.order;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Release a held order against the credit check (DS-4.1.2): finance only, with the reason recorded. */
public record OverrideCreditHold(@NotNull OrderId orderId,
                                 @MultiLine @NotBlank @Size(max = 500) String reason) implements OrderCommand {

    @Override
    public Permission permission() {
        return OrderPermissions.OVERRIDE_CREDIT_HOLD;
    }
}
