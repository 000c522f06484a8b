package dev.directsupply.admission.development;

import dev.directsupply.kernel.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A target's progress on a day (DS-3.1.1): what the segment reached in the stage so far against each goal,
 * and the share reached — measured from the leads and applications as they are stored, at any time.
 */
public record Progress(DevelopmentTarget target, LocalDate asOf, Goals reached) {

    /** The share of a goal reached, in percent with one decimal; 100 for a goal of zero. */
    public static BigDecimal share(int reached, int goal) {
        if (goal == 0) {
            return new BigDecimal("100.0");
        }
        return BigDecimal.valueOf(reached * 100L).divide(BigDecimal.valueOf(goal), 1, RoundingMode.HALF_UP);
    }

    /** Whether every goal is reached. */
    public boolean isMet() {
        Goals goals = target.goals();
        return reached.prospectsContacted() >= goals.prospectsContacted()
            && reached.applications() >= goals.applications() && reached.admissions() >= goals.admissions();
    }

    /** One line per goal, in the locale: "prospects contacted 3 of 10 (30.0%)". */
    public List<String> explain(Locale locale) {
        Goals goals = target.goals();
        return List.of(
            line("admission.progress.contacted", reached.prospectsContacted(), goals.prospectsContacted(), locale),
            line("admission.progress.applications", reached.applications(), goals.applications(), locale),
            line("admission.progress.admissions", reached.admissions(), goals.admissions(), locale));
    }

    private static String line(String key, int reached, int goal, Locale locale) {
        return Messages.text(key, locale, Map.of("reached", reached, "goal", goal, "share", share(reached, goal)));
    }
}
