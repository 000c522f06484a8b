package dev.directsupply.admission.application;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A returned application comes back with its form completed, and what changed in a note. */
public record ResubmitApplication(@NotNull ApplicationId applicationId, @Valid @NotNull ApplicationDetails details,
                                  @MultiLine @NotBlank @Size(max = 1000) String note) implements Command {

    @Override
    public Permission permission() {
        return AdmissionPermissions.APPLY;
    }
}
