package dev.directsupply.kernel.codec;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.store.EventCodec;

/** Writes domain events (records) as JSON with the SDK's conventions; seals cover their canonical JSON. */
public final class JsonEventCodec implements EventCodec {
    public static final JsonEventCodec INSTANCE = new JsonEventCodec();

    private JsonEventCodec() {
    }

    @Override
    public String encode(DomainEvent event) {
        return Json.write(event);
    }

    /** The payload as {@link Json#canonical}: a store that reformats JSON (PostgreSQL's JSONB) still matches. */
    @Override
    public String canonical(String payload) {
        return Json.canonical(payload);
    }
}
