package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.module.Assembly;
import dev.directsupply.kernel.module.DomainModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code docs/events.md} lists every event the SDK's modules publish, as the code declares them. */
class PublishedEventsDocTest {

    @Test
    @DisplayName("docs/events.md is generated from the modules' published events (-Ddocs.update=true)")
    void givenModules_whenEventsListed_thenDocsMatch() throws IOException {
        String document = document(DirectSupply.modules());
        Path doc = Path.of("..", "docs", "events.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    @DisplayName("every module's published events are records named after their module")
    void givenModules_whenEventsListed_thenRecordsNamedByModule() {
        for (DomainModule module : DirectSupply.modules()) {
            assertThat(Assembly.events(List.of(module))).allSatisfy((type, record) -> {
                assertThat(record.isRecord()).as(type).isTrue();
                assertThat(type).startsWith(module.name() + ".");
            });
        }
    }

    static String document(List<DomainModule> modules) {
        StringBuilder out = new StringBuilder()
            .append("# Published events\n\n")
            .append("Generated from the modules' declarations by `PublishedEventsDocTest`; do not edit by hand.\n\n")
            .append("Every event the SDK's modules publish, by type name as it appears in the outbox and in\n")
            .append("`DirectSupply.Builder.subscribe`. The payload is the JSON of the record's fields, pinned per\n")
            .append("type by the module's golden files (`src/test/resources/golden/events`); a breaking change\n")
            .append("publishes a new version (`….v2`) beside the old one (ADR 0020).\n");
        for (DomainModule module : modules) {
            Map<String, Class<? extends DomainEvent>> events = Assembly.events(List.of(module));
            if (events.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(module.name()).append("\n\n| Type | Fields |\n|---|---|\n");
            events.forEach((type, record) -> out.append("| `").append(type).append("` | ")
                .append(Arrays.stream(record.getRecordComponents()).map(PublishedEventsDocTest::field)
                    .collect(Collectors.joining(", "))).append(" |\n"));
        }
        return out.toString();
    }

    private static String field(RecordComponent component) {
        return component.getName() + " (" + name(component.getGenericType()) + ")";
    }

    private static String name(Type type) {
        if (type instanceof ParameterizedType generic) {
            return ((Class<?>) generic.getRawType()).getSimpleName() + "&lt;" + Arrays.stream(
                generic.getActualTypeArguments()).map(PublishedEventsDocTest::name).collect(Collectors.joining(", "))
                + "&gt;";
        }
        return type instanceof Class<?> plain ? plain.getSimpleName() : type.getTypeName();
    }
}
