package dev.directsupply.kernel.parameters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a policy parameter file (JSON) into its root {@link PolicySection}. */
public final class JsonPolicyFile {
    private JsonPolicyFile() {
    }

    public static PolicySection read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + file, e);
        }
    }

    /** Reads a classpath resource or other stream; {@code source} names it in errors. */
    public static PolicySection read(InputStream in, String source) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + source, e);
        }
    }

    /** Policy files are strict: a key given twice is an error, not a silent last-one-wins. */
    private static final ObjectMapper STRICT = Json.mapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Parses JSON text. A syntax error, a duplicated key, a {@code null} value or a root that is not
     * an object is an {@link InvalidPolicyParameters} naming where.
     */
    public static PolicySection parse(String json, String source) {
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidPolicyParameters(source, List.of(Violation.of("(file)",
                "kernel.parameter.not-json", "", Map.of("where", where, "detail", e.getOriginalMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPolicyParameters(source, List.of(Violation.of("(file)",
                "kernel.parameter.not-an-object", "", Map.of())));
        }
        List<Violation> nulls = new ArrayList<>();
        Map<String, Object> values = toMap(root, "", nulls);
        if (!nulls.isEmpty()) {
            throw new InvalidPolicyParameters(source, nulls);
        }
        return new PolicySection("", values);
    }

    private static Map<String, Object> toMap(JsonNode object, String path, List<Violation> nulls) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Object value = value(field.getValue(), key, nulls);
            if (value != null) {
                values.put(field.getKey(), value);
            }
        }
        return values;
    }

    /** A section as a map, a list as a list, a number as a BigDecimal; a null is a problem. */
    private static Object value(JsonNode node, String path, List<Violation> nulls) {
        if (node.isObject()) {
            return toMap(node, path, nulls);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(value(node.get(i), path + "[" + i + "]", nulls));
            }
            return items;
        }
        if (node.isNull()) {
            nulls.add(Violation.of(path, "kernel.parameter.null", "", Map.of()));
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
