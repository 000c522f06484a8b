package dev.directsupply.admission.application;

import java.time.LocalDate;

/** What the workflow's guards judge: the application as it would be after the step, on the day of the step. */
public record ApplicationAt(Application application, LocalDate today) {
}
