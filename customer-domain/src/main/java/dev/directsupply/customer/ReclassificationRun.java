package dev.directsupply.customer;

/**
 * The outcome of re-assessing every customer's scale.
 *
 * @param examined     customers looked at
 * @param reassessed   customers whose assessment was saved anew (amount, basis or tier moved)
 * @param reclassified customers whose tier moved, each with a {@link CustomerReclassified} event
 */
public record ReclassificationRun(int examined, int reassessed, int reclassified) {
}
