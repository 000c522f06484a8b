package dev.directsupply.admission.application;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the workflow's guards judge: the application as it would be after the step, on the day of the step,
 * in the zone business days are counted in.
 */
public record ApplicationAt(Application application, LocalDate today, ZoneId zone) {
}
