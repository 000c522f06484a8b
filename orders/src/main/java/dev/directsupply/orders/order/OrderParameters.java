package dev.directsupply.orders.order;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The policy parameters of orders (DS-4.1), the {@code orders} section of a policy file.
 *
 * @param currency             the currency orders are priced in
 * @param priceTolerance       how far a line's unit price may differ from the agreed price, as a share
 *                             of it (0 to 0.5; 0: exactly the agreed price)
 * @param defaultTransportDays the transport time to a delivery place whose agreement names none
 * @param slackWarningShare    the share of the slack at release that, once used up, raises a delay
 *                             warning before the date is actually missed (DS-4.1.4; over 0, at most 1)
 * @param feedbackIntervalDays how often each strategic-importance class hears how its open orders
 *                             stand, in days (DS-4.1.4; CORE daily by default)
 */
public record OrderParameters(Currency currency, BigDecimal priceTolerance, int defaultTransportDays,
                              BigDecimal slackWarningShare, Map<StrategicImportance, Integer> feedbackIntervalDays) {
    public static final String SECTION = "orders";
    private static final Set<String> KEYS = Set.of("currency", "priceTolerance", "defaultTransportDays",
        "slackWarningShare", "feedbackIntervalDays");

    public OrderParameters {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(priceTolerance, "priceTolerance");
        Objects.requireNonNull(slackWarningShare, "slackWarningShare");
        feedbackIntervalDays = Map.copyOf(feedbackIntervalDays);
        List<Violation> problems = problems(priceTolerance, defaultTransportDays, slackWarningShare,
            feedbackIntervalDays);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyParameters(SECTION, problems);
        }
    }

    private static final String RESOURCE = "/dev/directsupply/orders/policy-defaults.json";

    private static final class Defaults {
        static final OrderParameters SET = load();

        private static OrderParameters load() {
            InputStream in = OrderParameters.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("the default policy " + RESOURCE + " is missing from the jar");
            }
            ParameterReader reader = new ParameterReader(RESOURCE);
            PolicySection file = JsonPolicyFile.read(in, RESOURCE);
            OrderParameters parameters = read(reader.section(file, SECTION), reader, null);
            reader.finish();
            return parameters;
        }
    }

    /** The shipped defaults: exact agreed prices, 2 transport days, warn at half the slack, CORE daily. */
    public static OrderParameters defaults() {
        return Defaults.SET;
    }

    /** The {@code orders} section of a policy file, with the defaults for what it leaves out. */
    public static OrderParameters from(PolicySection file, String source) {
        ParameterReader reader = new ParameterReader(source);
        OrderParameters parameters = read(reader.section(file, SECTION), reader, defaults());
        reader.finish();
        return parameters;
    }

    /** The feedback interval for a customer of the class. */
    public int feedbackIntervalDays(StrategicImportance importance) {
        return feedbackIntervalDays.get(importance);
    }

    private static List<Violation> problems(BigDecimal tolerance, int transportDays, BigDecimal share,
                                            Map<StrategicImportance, Integer> intervals) {
        List<Violation> problems = new ArrayList<>();
        if (tolerance.signum() < 0 || tolerance.compareTo(new BigDecimal("0.5")) > 0) {
            problems.add(Violation.of(SECTION + ".priceTolerance", "orders.parameter.price-tolerance", "DS-4.1.2",
                Map.of("value", tolerance)));
        }
        if (transportDays < 0 || transportDays > 90) {
            problems.add(Violation.of(SECTION + ".defaultTransportDays", "kernel.parameter.integer-range", "",
                Map.of("value", transportDays, "min", 0, "max", 90)));
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            problems.add(Violation.of(SECTION + ".slackWarningShare", "orders.parameter.slack-share", "DS-4.1.4",
                Map.of("value", share)));
        }
        for (StrategicImportance importance : StrategicImportance.values()) {
            Integer days = intervals.get(importance);
            if (days == null || days < 1 || days > 90) {
                problems.add(Violation.of(SECTION + ".feedbackIntervalDays." + importance.name(),
                    "kernel.parameter.integer-range", "DS-4.1.4",
                    Map.of("value", String.valueOf(days), "min", 1, "max", 90)));
            }
        }
        return problems;
    }

    /**
     * Reads the section with a reader shared with other areas; keys left out keep the fallback's
     * values (every key is required when it is null). Problems go to the reader; the result is then null.
     */
    public static OrderParameters read(PolicySection section, ParameterReader reader, OrderParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        Currency currency = mine.currency(section, "currency", fallback == null ? null : fallback.currency());
        BigDecimal tolerance = mine.decimal(section, "priceTolerance", fallback == null ? null
            : fallback.priceTolerance());
        Integer transport = mine.integer(section, "defaultTransportDays",
            fallback == null ? null : fallback.defaultTransportDays(), 0, 90);
        BigDecimal share = mine.decimal(section, "slackWarningShare", fallback == null ? null
            : fallback.slackWarningShare());
        Map<StrategicImportance, Integer> intervals = new EnumMap<>(StrategicImportance.class);
        PolicySection cadence = mine.section(section, "feedbackIntervalDays");
        mine.onlyKnownKeys(cadence, Set.of("CORE", "IMPORTANT", "GENERAL"));
        for (StrategicImportance importance : StrategicImportance.values()) {
            Integer days = mine.integer(cadence, importance.name(),
                fallback == null ? null : fallback.feedbackIntervalDays(importance), 1, 90);
            if (days != null) {
                intervals.put(importance, days);
            }
        }
        if (!mine.hasProblems()) {
            mine.addAll(problems(tolerance, transport, share, intervals));
        }
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null
            : new OrderParameters(currency, tolerance, transport, share, intervals);
    }
}
