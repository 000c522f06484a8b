package dev.directsupply.kernel;

/** The id of a person or system that acts through the SDK, as the host's identity system knows it. */
public record ActorId(String value) implements Identifier {
    public ActorId {
        Identifier.require("ActorId", value);
    }

    public static ActorId of(String value) {
        return new ActorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
