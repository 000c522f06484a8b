package dev.directsupply.risk.register;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.Objects;

/** One line of a risk's history: what was done (a move, a review), by whom, when, with what note. */
public record RiskNote(String what, ActorId by, Instant at, String note) {
    public RiskNote {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
