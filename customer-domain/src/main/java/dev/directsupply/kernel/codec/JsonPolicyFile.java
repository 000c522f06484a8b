package dev.directsupply.kernel.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.PolicySection;
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

    /** Parses JSON text; a syntax error or a non-object root is an {@link InvalidPolicyParameters}. */
    public static PolicySection parse(String json, String source) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
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
        return new PolicySection("", toMap(root));
    }

    private static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Object value = value(field.getValue());
            if (value != null) {
                values.put(field.getKey(), value);
            }
        }
        return values;
    }

    /** A section as a map, a list as a list, a number as a BigDecimal, null as absent. */
    private static Object value(JsonNode node) {
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }
}
