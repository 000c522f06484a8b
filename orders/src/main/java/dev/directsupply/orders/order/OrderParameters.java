package dev.directsupply.orders.order;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.InCurrency;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters of orders (DS-4.1), the {@code orders} section of a policy file. The policy
 * asks for regular feedback and advance delay warnings; how often, how early, and how far a price may
 * differ from the agreed one are the company's choice.
 *
 * @param currency             the currency orders are priced in
 * @param priceTolerance       how far a line's unit price may differ from the agreed price, as a share
 *                             of it (0 to 0.5; 0: exactly the agreed price)
 * @param defaultTransportDays the transport time to a delivery place whose agreement names none
 * @param slackWarningShare    the share of the slack at release that, once used up, raises a delay
 *                             warning before the date is actually missed (DS-4.1.4; over 0, at most 1)
 * @param feedbackIntervalDays how often each strategic-importance class hears how its open orders
 *                             stand, in days (DS-4.1.4; CORE daily by default)
 * @param delayNoticeHours     how soon after a delay warning the customer must be told of it (DS-4.1.4 asks
 *                             for "in advance" and names no figure: 24 hours is the company's choice); an
 *                             untold warning older than this is escalated and counted
 */
public record OrderParameters(
    @NotNull Currency currency,
    @NotNull @DecimalMin("0") @DecimalMax("0.5") BigDecimal priceTolerance,
    @InRange(min = 0, max = 90, rule = "DS-4.1.2") int defaultTransportDays,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal slackWarningShare,
    @NotNull Map<StrategicImportance, @NotNull @InRange(min = 1, max = 90, rule = "DS-4.1.4") Integer>
        feedbackIntervalDays,
    @InRange(min = 1, max = 720, rule = "DS-4.1.4") int delayNoticeHours) implements InCurrency, CrossFieldRules {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<OrderParameters> SECTION = ParameterSection.of("orders",
        OrderParameters.class, "/dev/directsupply/orders/policy-defaults.json");

    public OrderParameters {
        feedbackIntervalDays = feedbackIntervalDays == null ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(feedbackIntervalDays));
    }

    /** The shipped defaults: exact agreed prices, 2 transport days, warn at half the slack, CORE daily. */
    public static OrderParameters defaults() {
        return Defaults.SET;
    }

    /** The feedback interval for a customer of the class. */
    public int feedbackIntervalDays(StrategicImportance importance) {
        return feedbackIntervalDays.get(importance);
    }

    /** Every strategic-importance class has its feedback interval (DS-4.1.4). */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        for (StrategicImportance importance : StrategicImportance.values()) {
            if (feedbackIntervalDays != null && !feedbackIntervalDays.containsKey(importance)) {
                problems.add(Violation.of("feedbackIntervalDays." + importance.name(), "kernel.parameter.missing",
                    "DS-4.1.4", Map.of()));
            }
        }
        return problems;
    }

    private static final class Defaults {
        static final OrderParameters SET = PolicyParameters.defaults(List.of(SECTION)).section(OrderParameters.class);
    }
}
