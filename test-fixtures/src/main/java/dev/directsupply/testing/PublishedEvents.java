package dev.directsupply.testing;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.module.DomainModule;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * The published-event contract of a module: every event it declares, as a sample written the way the
 * outbox writes it, equals its golden file ({@code golden/events/<type>.json}) and reads back equal.
 * One call per module's test keeps every event type pinned, the ones added later included.
 */
public final class PublishedEvents {
    private PublishedEvents() {
    }

    /** Every event type the module publishes matches its golden JSON. */
    public static void matchTheirGoldenFiles(DomainModule module) {
        Map<String, Class<? extends DomainEvent>> events = Assembly.events(List.of(module));
        SoftAssertions softly = new SoftAssertions();
        events.forEach((type, record) -> softly.check(() -> {
            DomainEvent sample = Samples.of(record);
            String json = JsonEventCodec.INSTANCE.encode(sample);
            Golden.assertJson("events/" + type, json);
            softly.assertThat(Json.read(json, record)).as("%s reads back", type).isEqualTo(sample);
        }));
        softly.assertThat(events).as("%s publishes events", module.name()).isNotEmpty();
        softly.assertAll();
    }
}
