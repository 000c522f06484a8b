package dev.directsupply.risk;

import dev.directsupply.kernel.validation.OneOf;
import dev.directsupply.risk.register.RiskCategory;
import dev.directsupply.risk.register.SubjectKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Enter a risk in the register (DS-6.1): its category, what it is about, what it is, who owns it. */
public record IdentifyRisk(@NotBlank @OneOf(value = RiskCategory.class, rule = "DS-6.1") String category,
                           @NotBlank @OneOf(SubjectKind.class) String subjectKind,
                           @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String subject,
                           @NotBlank @Size(max = 1000) String description,
                           @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}") String owner) {
}
