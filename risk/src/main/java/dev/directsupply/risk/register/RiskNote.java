package dev.directsupply.risk.register;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** One line of a risk's history: what was done (a move, a review), by whom, when, with what note. */
public record RiskNote(String what, ActorId by, Instant at, String note) {
    public RiskNote {
        Require.nonNull(what, "what", by, "by", at, "at", note, "note");
    }
}
