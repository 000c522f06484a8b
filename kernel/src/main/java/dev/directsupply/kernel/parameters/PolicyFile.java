package dev.directsupply.kernel.parameters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A policy parameter file as it was written: JSON, or YAML for a file named {@code .yaml} or
 * {@code .yml}; one object with a section per area. A file that cannot be read, that is not valid,
 * that gives a key twice or a key no value ({@code null}) is an {@link InvalidPolicyParameters}
 * naming where — never a silent return to the defaults.
 */
public final class PolicyFile {
    /** The formats a policy file may be written in. */
    public enum Format { JSON, YAML }

    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private final String source;
    private final ObjectNode root;

    private PolicyFile(String source, ObjectNode root) {
        this.source = source;
        this.root = root;
    }

    /** Where the file came from, as errors name it. */
    public String source() {
        return source;
    }

    ObjectNode root() {
        return root;
    }

    /** Reads a file; its name says the format ({@code .yaml}, {@code .yml}: YAML; else JSON). */
    public static PolicyFile read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw problem(absolute.toString(), "kernel.parameter.file-missing", Map.of("path", absolute.toString()));
        } catch (IOException unreadable) {
            throw problem(absolute.toString(), "kernel.parameter.invalid",
                Map.of("detail", String.valueOf(unreadable.getMessage())));
        }
        return parse(text, absolute.toString(), formatOf(absolute.getFileName().toString()));
    }

    /** Reads a stream (a classpath resource, say); {@code source} names it in errors. */
    public static PolicyFile read(InputStream in, String source, Format format) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source, format);
        } catch (IOException unreadable) {
            throw problem(source, "kernel.parameter.invalid", Map.of("detail", String.valueOf(unreadable.getMessage())));
        }
    }

    /** Parses text in the format. */
    public static PolicyFile parse(String text, String source, Format format) {
        JsonNode root;
        try {
            root = (format == Format.YAML ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw problem(source, format == Format.YAML ? "kernel.parameter.not-yaml" : "kernel.parameter.not-json",
                Map.of("where", where, "detail", String.valueOf(e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || root.isNull() && text.isBlank()) {
            return new PolicyFile(source, JSON.createObjectNode());
        }
        if (!root.isObject()) {
            throw problem(source, "kernel.parameter.not-an-object", Map.of());
        }
        List<Violation> nulls = new ArrayList<>();
        findNulls(root, "", nulls);
        if (!nulls.isEmpty()) {
            throw new InvalidPolicyParameters(source, nulls);
        }
        return new PolicyFile(source, (ObjectNode) root);
    }

    /** JSON text; {@code source} names it in errors. */
    public static PolicyFile json(String text, String source) {
        return parse(text, source, Format.JSON);
    }

    /** YAML text; {@code source} names it in errors. */
    public static PolicyFile yaml(String text, String source) {
        return parse(text, source, Format.YAML);
    }

    /** No file: every parameter keeps its default. */
    public static PolicyFile none() {
        return new PolicyFile("defaults", JSON.createObjectNode());
    }

    static Format formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? Format.YAML : Format.JSON;
    }

    private static void findNulls(JsonNode node, String path, List<Violation> nulls) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                findNulls(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), nulls);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findNulls(node.get(i), path + "[" + i + "]", nulls);
            }
        } else if (node.isNull()) {
            nulls.add(Violation.of(path, "kernel.parameter.null", "", Map.of()));
        }
    }

    private static InvalidPolicyParameters problem(String source, String key, Map<String, ?> arguments) {
        return new InvalidPolicyParameters(source, List.of(Violation.of("(file)", key, "", arguments)));
    }
}
