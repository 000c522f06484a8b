package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Questions put to the customer after a review found problems (DS-4.1.2), and the answer once it came.
 *
 * @param answeredAt null while unanswered
 */
public record Clarification(int number, List<ReviewFinding> questions, Instant askedAt, ActorId askedBy,
                            String answer, Instant answeredAt, ActorId recordedBy) {

    public Clarification {
        questions = List.copyOf(questions);
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(askedBy, "askedBy");
        answer = answer == null ? "" : answer;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    Clarification answered(String text, Instant at, ActorId by) {
        return new Clarification(number, questions, askedAt, askedBy, text, at, by);
    }
}
