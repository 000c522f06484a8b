package dev.directsupply.kernel.service;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.store.TrustedCopies;
import java.util.function.Function;

/**
 * A command the {@link Pipeline} accepted: the actor may, and it is valid. {@link #write} stores
 * what it decides; a batch job writes once per item, each an atomic write of its own.
 *
 * @param <C> the command type
 */
public final class Accepted<C extends Command> {
    private final Pipeline pipeline;
    private final Actor actor;
    private final C command;
    /** The copies the acceptance took, which each write's first attempt stands on; null when it took none. */
    private final TrustedCopies acceptedOn;

    Accepted(Pipeline pipeline, Actor actor, C command) {
        this(pipeline, actor, command, null);
    }

    Accepted(Pipeline pipeline, Actor actor, C command, TrustedCopies acceptedOn) {
        this.pipeline = pipeline;
        this.actor = actor;
        this.command = command;
        this.acceptedOn = acceptedOn;
    }

    /**
     * Runs the body on a fresh {@link Work} and stores everything it added in one atomic write; on a
     * lost race, undoes what the body asked to undo and runs it again on what is stored now.
     */
    public <R> R write(Function<Work, R> body) {
        return pipeline.write(actor, command, body, acceptedOn);
    }
}
