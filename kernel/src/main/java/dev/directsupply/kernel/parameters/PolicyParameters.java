package dev.directsupply.kernel.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.kernel.validation.CrossFieldRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every policy parameter of an SDK: one record per section, as the modules declare them
 * ({@link ParameterSection}), each read by Jackson from a JSON or YAML {@link PolicyFile} over the
 * section's shipped defaults and checked by the Jakarta validator. A file names only what it changes;
 * a section or key it leaves out keeps its default. A wrong file is refused as a whole, with an
 * {@link InvalidPolicyParameters} naming every bad key: an unknown key (listing the known ones), a
 * wrong type, a value out of range, a broken rule across keys, sections that count in different
 * currencies. Immutable.
 *
 * <pre>{@code
 * version: "2026-11"
 * classification: { largeThreshold: 8000000, mediumThreshold: 1500000 }
 * creditCheck: { overdueToleranceDays: 15 }
 * }</pre>
 */
public final class PolicyParameters {
    /** The key of the set's version, which credit reports record. */
    public static final String VERSION = "version";
    /** The version of the shipped defaults. */
    public static final String DEFAULTS_VERSION = "defaults";

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
        .messageInterpolator(new Verbatim()).buildValidatorFactory().getValidator();

    private final String version;
    private final List<ParameterSection<?>> declared;
    private final Map<Class<?>, Object> sections;

    private PolicyParameters(String version, List<ParameterSection<?>> declared, Map<Class<?>, Object> sections) {
        this.version = version;
        this.declared = declared;
        this.sections = sections;
    }

    /** The declared sections' shipped defaults. */
    public static PolicyParameters defaults(List<ParameterSection<?>> sections) {
        return read(sections, PolicyFile.none());
    }

    /** The declared sections as the file gives them, over their defaults. */
    public static PolicyParameters read(List<ParameterSection<?>> sections, PolicyFile file) {
        List<ParameterSection<?>> declared = List.copyOf(sections);
        Map<String, ParameterSection<?>> byKey = new LinkedHashMap<>();
        for (ParameterSection<?> section : declared) {
            if (byKey.put(section.key(), section) != null) {
                throw new IllegalArgumentException("two modules declare the policy section " + section.key());
            }
        }
        ObjectNode root = file.root();
        List<Violation> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>(byKey.keySet());
        known.add(VERSION);
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                problems.add(Violation.of(key, "kernel.parameter.unknown-key", "", Map.of("known", known)));
            }
        }
        String version = file.source().equals("defaults") ? DEFAULTS_VERSION : file.source();
        JsonNode given = root.get(VERSION);
        if (given != null) {
            if (given.isValueNode() && !given.asText().isBlank()) {
                version = given.asText();
            } else {
                problems.add(Violation.of(VERSION, "kernel.parameter.wrong-type", "", Map.of("expected", ValueKind.TEXT)));
            }
        }
        Map<Class<?>, Object> read = new LinkedHashMap<>();
        for (ParameterSection<?> section : declared) {
            JsonNode fromFile = root.get(section.key());
            if (fromFile != null && !fromFile.isObject()) {
                problems.add(Violation.of(section.key(), "kernel.parameter.not-a-section", "", Map.of()));
                continue;
            }
            JsonNode node = merged(Defaults.of(section), fromFile);
            SectionBinder.Bound<?> bound = SectionBinder.bind(node, section.type(), section.key());
            if (bound.clean()) {
                List<Violation> invalid = check(section.key(), bound.value(), true);
                if (invalid.isEmpty()) {
                    read.put(section.type(), bound.value());
                }
                problems.addAll(invalid);
            } else {
                problems.addAll(bound.problems());
                if (bound.value() != null) {
                    // Report the other keys' constraints too, but not those judged on a stand-in, nor rules
                    // across keys, which a stand-in could break.
                    List<String> unread = bound.problems().stream().map(Violation::field).toList();
                    check(section.key(), bound.value(), false).stream()
                        .filter(found -> unread.stream().noneMatch(path -> found.field().equals(path)
                            || found.field().startsWith(path + ".") || found.field().startsWith(path + "[")))
                        .forEach(problems::add);
                }
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(currenciesAgree(declared, read));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyParameters(file.source(), problems);
        }
        return new PolicyParameters(version, declared, Collections.unmodifiableMap(read));
    }

    /** The section's record. */
    public <P> P section(Class<P> type) {
        Object value = sections.get(type);
        if (value == null) {
            throw new IllegalArgumentException("no module declares a policy section of type " + type.getName());
        }
        return type.cast(value);
    }

    /** The section's record, checked as a file's would be: the same set with it in place of its own. */
    public <P> PolicyParameters with(P value) {
        Objects.requireNonNull(value, "value");
        ParameterSection<?> section = declared.stream().filter(s -> s.type() == value.getClass()).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no module declares a policy section of type "
                + value.getClass().getName()));
        List<Violation> problems = new ArrayList<>(check(section.key(), value, true));
        Map<Class<?>, Object> next = new LinkedHashMap<>(sections);
        next.put(section.type(), value);
        if (problems.isEmpty()) {
            problems.addAll(currenciesAgree(declared, next));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyParameters(section.key(), problems);
        }
        return new PolicyParameters(version, declared, Collections.unmodifiableMap(next));
    }

    /** The same parameters under another version name. */
    public PolicyParameters withVersion(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy version has a name");
        }
        return new PolicyParameters(name.strip(), declared, sections);
    }

    /** The version of the set: the file's {@code version}, else its name; {@code defaults} for the defaults. */
    public String version() {
        return version;
    }

    /** The sections this set holds, as the modules declared them. */
    public List<ParameterSection<?>> sections() {
        return declared;
    }

    /** The section's constraints (and cross-field rules when asked), each violation named by its key path. */
    static List<Violation> check(String key, Object value, boolean acrossFields) {
        List<Violation> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(value)) {
            Violation found = CommandValidator.toViolation(violation);
            problems.add(new Violation(key + "." + found.field(), found.code(), found.rule(), found.english(),
                found.chinese()));
        }
        if (acrossFields) {
            for (Violation found : CrossFieldRules.of(value)) {
                problems.add(new Violation(key + "." + found.field(), found.code(), found.rule(), found.english(),
                    found.chinese()));
            }
        }
        problems.sort(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::code));
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    /** Every section that counts money counts it in the one currency most of them name. */
    private static List<Violation> currenciesAgree(List<ParameterSection<?>> declared, Map<Class<?>, Object> read) {
        Map<Currency, List<String>> bySections = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (ParameterSection<?> section : declared) {
            if (read.get(section.type()) instanceof InCurrency priced && priced.currency() != null) {
                bySections.computeIfAbsent(priced.currency(), c -> new ArrayList<>()).add(section.key());
            }
        }
        if (bySections.size() <= 1) {
            return List.of();
        }
        Currency expected = bySections.entrySet().stream()
            .max(java.util.Comparator.comparingInt(entry -> entry.getValue().size())).orElseThrow().getKey();
        List<Violation> problems = new ArrayList<>();
        bySections.forEach((currency, keys) -> {
            if (!currency.equals(expected)) {
                for (String key : keys) {
                    problems.add(Violation.of(key + ".currency", "kernel.parameter.currencies-disagree", "",
                        Map.of("expected", expected.getCurrencyCode(), "sections", bySections.get(expected))));
                }
            }
        });
        return problems;
    }

    /** The defaults over which a file's section is laid: objects merge key by key, anything else is replaced. */
    private static JsonNode merged(JsonNode defaults, JsonNode given) {
        if (given == null) {
            return defaults;
        }
        if (defaults == null || !defaults.isObject() || !given.isObject()) {
            return given;
        }
        ObjectNode merged = ((ObjectNode) defaults).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            merged.set(field.getKey(), merged(merged.get(field.getKey()), field.getValue()));
        }
        return merged;
    }

    /** Each section's shipped defaults, read once from its resource. */
    private static final class Defaults {
        private static final Map<String, ObjectNode> FILES = new java.util.concurrent.ConcurrentHashMap<>();

        static JsonNode of(ParameterSection<?> section) {
            ObjectNode file = FILES.computeIfAbsent(section.defaults(), resource -> {
                InputStream in = section.type().getResourceAsStream(resource);
                if (in == null) {
                    throw new IllegalStateException("the default policy " + resource + " is missing from the jar");
                }
                return PolicyFile.read(in, resource, PolicyFile.formatOf(resource)).root();
            });
            JsonNode node = file.get(section.key());
            if (node == null || !node.isObject()) {
                throw new IllegalStateException(section.defaults() + " has no section " + section.key());
            }
            return node;
        }
    }

    /** Messages come from the SDK's catalogue; the validator's own interpolation is not needed. */
    private static final class Verbatim implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }
}
