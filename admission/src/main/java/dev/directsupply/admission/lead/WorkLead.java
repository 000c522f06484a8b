package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Work a lead: {@code CONTACT} or {@code QUALIFY} it with a note and the next follow-up, {@code DISQUALIFY} it
 * with the reason in the note (no follow-up), or {@code PLAN_FOLLOW_UP} for a day; {@code action} is a
 * {@link LeadAction} code other than {@code CONVERT}, which has its command.
 */
public record WorkLead(@NotNull LeadId leadId, @NotBlank @OneOf(value = LeadAction.class, rule = "DS-3.1.2")
                       String action, @MultiLine @NotBlank @Size(max = 1000) String note,
                       @FutureOrPresent LocalDate nextFollowUpOn) implements Command {

    @Override
    public Permission permission() {
        return LeadPermissions.MANAGE_LEADS;
    }

    /** A lead still open has a next follow-up; a disqualified one none; conversion has its own command. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (action == null) {
            return List.of();
        }
        if (LeadAction.CONVERT.name().equals(action)) {
            return List.of(Violation.of("action",
                "admission.constraint.convert-has-its-command", "DS-3.1.2", Map.of()));
        }
        boolean closing = LeadAction.DISQUALIFY.name().equals(action);
        if (!closing && nextFollowUpOn == null) {
            return List.of(Violation.of("nextFollowUpOn",
                "admission.constraint.follow-up-needed", "DS-3.1.2", Map.of()));
        }
        return List.of();
    }
}
