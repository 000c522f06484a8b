package dev.directsupply.risk.register;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enter a risk in the register (DS-6.1): its category, what it is about, what it is, who owns it. */
public record IdentifyRisk(@NotBlank @OneOf(value = RiskCategory.class, rule = "DS-6.1") String category,
                           @NotBlank @OneOf(SubjectKind.class) String subjectKind,
                           @NotBlank @IdentifierShape String subject,
                           @MultiLine @NotBlank @Size(max = 1000) String description,
                           @NotBlank @IdentifierShape String owner) implements Command {

    @Override
    public Permission permission() {
        return RiskPermissions.MANAGE_RISKS;
    }
}
