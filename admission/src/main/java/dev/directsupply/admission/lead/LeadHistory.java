package dev.directsupply.admission.lead;

import java.util.ArrayList;
import java.util.List;

/**
 * How a lead got where it is, and, once converted, what it became.
 *
 * @param conversion the prospect registered and the application made from it; {@code null} until converted
 */
public record LeadHistory(List<LeadStep> steps, Conversion conversion) {
    public LeadHistory {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lead's history starts with its recording");
        }
    }

    LeadHistory with(LeadStep step, Conversion converted) {
        List<LeadStep> all = new ArrayList<>(steps);
        all.add(step);
        return new LeadHistory(all, converted);
    }
}
