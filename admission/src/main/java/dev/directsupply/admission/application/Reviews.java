package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What each step of DS-3.4 found: who applied, the latest preliminary review, credit evaluation, site
 * inspection and final review, the signed agreement, and everyone who took a review stage in any round.
 * A step not yet taken is {@code null}.
 */
public record Reviews(ActorId submittedBy, PreliminaryReview preliminary, CreditEvaluation credit,
                      SiteInspection inspection, FinalReview decision, SignedAgreement agreement,
                      List<Reviewer> reviewers) {
    public Reviews {
        Objects.requireNonNull(submittedBy, "submittedBy");
        reviewers = List.copyOf(reviewers);
    }

    static Reviews submittedBy(ActorId applicant) {
        return new Reviews(applicant, null, null, null, null, null, List.of());
    }

    /** Whoever took another review stage than this one, in any round. */
    public List<ActorId> reviewersOtherThan(ReviewStage stage) {
        return reviewers.stream().filter(r -> r.stage() != stage).map(Reviewer::actor).distinct().toList();
    }

    Reviews withPreliminary(PreliminaryReview review) {
        return new Reviews(submittedBy, review, credit, inspection, decision, agreement,
            with(ReviewStage.PRELIMINARY, review.by()));
    }

    Reviews withCredit(CreditEvaluation evaluation) {
        return new Reviews(submittedBy, preliminary, evaluation, inspection, decision, agreement,
            with(ReviewStage.CREDIT, evaluation.by()));
    }

    Reviews withInspection(SiteInspection found) {
        return new Reviews(submittedBy, preliminary, credit, found, decision, agreement, reviewers);
    }

    Reviews withDecision(FinalReview review) {
        return new Reviews(submittedBy, preliminary, credit, inspection, review, agreement,
            with(ReviewStage.FINAL, review.by()));
    }

    Reviews withAgreement(SignedAgreement signed) {
        return new Reviews(submittedBy, preliminary, credit, inspection, decision, signed, reviewers);
    }

    /** A resubmitted application is reviewed again from step 2; who reviewed before stays on record. */
    Reviews resubmitted() {
        return new Reviews(submittedBy, null, null, null, null, null, reviewers);
    }

    private List<Reviewer> with(ReviewStage stage, ActorId actor) {
        Reviewer reviewer = new Reviewer(stage, actor);
        if (reviewers.contains(reviewer)) {
            return reviewers;
        }
        List<Reviewer> all = new ArrayList<>(reviewers);
        all.add(reviewer);
        return all;
    }
}
