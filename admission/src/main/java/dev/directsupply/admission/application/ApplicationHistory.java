package dev.directsupply.admission.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an application got where it is — every step with who took it, when and their note — the day it was
 * submitted, and the last day it waits for its next step before it may be expired.
 */
public record ApplicationHistory(List<ApplicationStep> steps, LocalDate submittedOn, LocalDate expiresOn) {
    public ApplicationHistory {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an application's history starts with its submission");
        }
    }

    static ApplicationHistory begun(ApplicationStep submission, LocalDate submittedOn, LocalDate expiresOn) {
        return new ApplicationHistory(List.of(submission), submittedOn, expiresOn);
    }

    ApplicationHistory with(ApplicationStep step, LocalDate nextExpiry) {
        List<ApplicationStep> all = new ArrayList<>(steps);
        all.add(step);
        return new ApplicationHistory(all, submittedOn, nextExpiry);
    }
}
