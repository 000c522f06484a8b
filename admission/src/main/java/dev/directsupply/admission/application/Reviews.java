package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import java.util.ArrayList;
import java.util.List;

/**
 * What each step of DS-3.4 found: who applied (the first applicant and everyone who resubmitted), the
 * latest preliminary review, credit evaluation, site inspection and final review, the signed agreement, and
 * everyone who took a review stage in any round. A step not yet taken is {@code null}.
 */
public record Reviews(List<ActorId> applicants, PreliminaryReview preliminary, CreditEvaluation credit,
                      SiteInspection inspection, FinalReview decision, SignedAgreement agreement,
                      List<Reviewer> reviewers) {
    public Reviews {
        applicants = List.copyOf(applicants);
        if (applicants.isEmpty()) {
            throw new IllegalArgumentException("an application has an applicant");
        }
        reviewers = List.copyOf(reviewers);
    }

    static Reviews submittedBy(ActorId applicant) {
        return new Reviews(List.of(applicant), null, null, null, null, null, List.of());
    }

    /** Who made the application. */
    public ActorId submittedBy() {
        return applicants.get(0);
    }

    /** Whoever took another review stage than this one, in any round. */
    public List<ActorId> reviewersOtherThan(ReviewStage stage) {
        return reviewers.stream().filter(r -> r.stage() != stage).map(Reviewer::actor).distinct().toList();
    }

    /** Everyone who took a review stage, in any round. */
    public List<ActorId> everyReviewer() {
        return reviewers.stream().map(Reviewer::actor).distinct().toList();
    }

    Reviews withPreliminary(PreliminaryReview review) {
        return new Reviews(applicants, review, credit, inspection, decision, agreement,
            with(ReviewStage.PRELIMINARY, review.by()));
    }

    Reviews withCredit(CreditEvaluation evaluation) {
        return new Reviews(applicants, preliminary, evaluation, inspection, decision, agreement,
            with(ReviewStage.CREDIT, evaluation.by()));
    }

    Reviews withInspection(SiteInspection found) {
        return new Reviews(applicants, preliminary, credit, found, decision, agreement,
            with(ReviewStage.INSPECTION, found.by()));
    }

    Reviews withDecision(FinalReview review) {
        return new Reviews(applicants, preliminary, credit, inspection, review, agreement,
            with(ReviewStage.FINAL, review.by()));
    }

    Reviews withAgreement(SignedAgreement signed) {
        return new Reviews(applicants, preliminary, credit, inspection, decision, signed, reviewers);
    }

    /**
     * A resubmitted application is reviewed again from step 2; who reviewed before stays on record, and the
     * one who resubmitted counts as an applicant from now on.
     */
    Reviews resubmittedBy(ActorId applicant) {
        List<ActorId> all = new ArrayList<>(applicants);
        if (!all.contains(applicant)) {
            all.add(applicant);
        }
        return new Reviews(all, null, null, null, null, null, reviewers);
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
