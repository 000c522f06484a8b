package dev.directsupply.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON: what a published event or a stored document looks like, kept in a file beside the
 * tests ({@code src/test/resources/golden/…}) and compared as JSON, so that a renamed or removed
 * component breaks a test and not a host's subscriber or a database. A new golden file is written by
 * running the tests with {@code -Dgolden.update=true}; review it like code.
 */
public final class Golden {
    /** Where golden files live, from the module's folder. */
    public static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        // 2000000.00 is not 2000000.0: a decimal's scale is part of what is stored.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Golden() {
    }

    /** The JSON equals the golden file's, key order aside. */
    public static void assertJson(String name, String json) {
        Path file = FOLDER.resolve(name + ".json");
        JsonNode actual = tree(json);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file) && Boolean.getBoolean("golden.create")) {
            write(file, actual);
            return;
        }
        assertThat(file).as("golden file %s (run the tests with -Dgolden.update=true to write it, then review it)",
            file.toAbsolutePath()).exists();
        JsonNode expected;
        try {
            expected = tree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(pretty(actual)).as("%s: the JSON as written now, against its golden file", name)
            .isEqualTo(pretty(expected));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(JSON.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(node) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
