package dev.directsupply.customer;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of a customer's classification history: who moved it on which axis, when, from what, to
 * what, and why. A scale change keeps the assessment behind it, so its explanation reads in any language.
 *
 * @param from       the code before, empty for the first classification
 * @param to         the code after (a tier, an industry code, an importance)
 * @param reason     what prompted it: the actor's words, or what the SDK did ({@code registered},
 *                   {@code purchase INV-1 recorded})
 * @param assessment for a scale change, the assessment that decided it; null otherwise
 */
public record ClassificationChange(ClassificationDimension dimension, String from, String to, ActorId by,
                                   Instant at, String reason, ScaleAssessment assessment) {

    public ClassificationChange {
        Require.nonNull(dimension, "dimension", to, "to", by, "by", at, "at", reason, "reason");
        from = from == null ? "" : from;
    }

    /** A change without an assessment (industry, importance). */
    public ClassificationChange(ClassificationDimension dimension, String from, String to, ActorId by, Instant at,
                                String reason) {
        this(dimension, from, to, by, at, reason, null);
    }

    public Optional<ScaleAssessment> scaleAssessment() {
        return Optional.ofNullable(assessment);
    }

    /** The reason, followed by the assessment's explanation where there is one, in the language. */
    public String explain(Locale locale) {
        return assessment == null ? reason
            : reason + (locale.getLanguage().equals("zh") ? "：" : ": ") + assessment.explain(locale);
    }

    /** The dimension's label in the language. */
    public String dimensionLabel(Locale locale) {
        return dimension.label(locale == null ? Messages.ENGLISH : locale);
    }
}
