package dev.directsupply.sdk;

import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import dev.directsupply.orders.order.OrderParameters;
import dev.directsupply.risk.RiskParameters;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Every policy parameter of the SDK, one validated object per area. A policy file is JSON with one
 * section per area and, optionally, the version of the set (which every credit report records); an
 * area or key it leaves out keeps the default of POLICY.md:
 *
 * <pre>{@code
 * { "version": "2026-11",
 *   "classification": { "largeThreshold": 8000000, "mediumThreshold": 1500000 },
 *   "creditCheck": { "overdueToleranceDays": 15 } }
 * }</pre>
 *
 * A wrong file is refused as a whole with an {@code InvalidPolicyParameters} that names every bad key.
 */
public final class PolicyParameters {
    /** The key of the set's version. */
    public static final String VERSION = "version";

    private final String version;
    private final ClassificationParameters classification;
    private final RiskParameters risk;
    private final OrderParameters orders;

    private PolicyParameters(String version, ClassificationParameters classification, RiskParameters risk,
                             OrderParameters orders) {
        this.version = Objects.requireNonNull(version, "version");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /** The sections a policy file may hold, besides its version. */
    public static Set<String> sections() {
        Set<String> sections = new java.util.TreeSet<>(RiskParameters.SECTIONS);
        sections.add(ClassificationParameters.SECTION);
        sections.add(OrderParameters.SECTION);
        return sections;
    }

    /** POLICY.md's defaults. */
    public static PolicyParameters defaults() {
        return new PolicyParameters(RiskParameters.DEFAULTS_VERSION, ClassificationParameters.defaults(),
            RiskParameters.defaults(), OrderParameters.defaults());
    }

    /** The parameters of a JSON policy file. */
    public static PolicyParameters load(Path file) {
        return from(JsonPolicyFile.read(file), file.getFileName().toString());
    }

    /** The parameters of a JSON policy file on the class path or elsewhere. */
    public static PolicyParameters load(InputStream json, String source) {
        return from(JsonPolicyFile.read(json, source), source);
    }

    /** The parameters of an already parsed file. */
    public static PolicyParameters from(PolicySection file, String source) {
        ParameterReader reader = new ParameterReader(source);
        Set<String> known = sections();
        known.add(VERSION);
        reader.onlyKnownKeys(file, known);
        String version = reader.text(file, VERSION, source);
        ClassificationParameters classification = ClassificationParameters.read(
            reader.section(file, ClassificationParameters.SECTION), reader, ClassificationParameters.defaults());
        RiskParameters risk = RiskParameters.read(file, version, reader, RiskParameters.defaults());
        OrderParameters orders = OrderParameters.read(reader.section(file, OrderParameters.SECTION), reader,
            OrderParameters.defaults());
        reader.finish();
        return new PolicyParameters(version, classification, risk, orders);
    }

    /** The same parameters with other classification parameters. */
    public PolicyParameters withClassification(ClassificationParameters parameters) {
        return new PolicyParameters(version, parameters, risk, orders);
    }

    /** The same parameters with other risk parameters. */
    public PolicyParameters withRisk(RiskParameters parameters) {
        return new PolicyParameters(parameters.version(), classification, parameters, orders);
    }

    /** The version of the set: the file's {@code version}, else its name; {@code defaults} for the defaults. */
    public String version() {
        return version;
    }

    /** DS-3.3.2 and DS-6: scorecard, credit check, limits, measures, receivables, risk register. */
    public RiskParameters risk() {
        return risk;
    }

    /** The same parameters with other order parameters. */
    public PolicyParameters withOrders(OrderParameters parameters) {
        return new PolicyParameters(version, classification, risk, parameters);
    }

    /** DS-4.1: price tolerance, transport time, delay warnings, feedback cadence. */
    public OrderParameters orders() {
        return orders;
    }

    /** DS-2.2.1 thresholds and windows. */
    public ClassificationParameters classification() {
        return classification;
    }
}
