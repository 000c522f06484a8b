package dev.directsupply.sdk;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.validation.BusinessDates;
import dev.directsupply.kernel.validation.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the SDK accepts as input, the {@code input} section of a policy file: the first and the last
 * day a command may carry (DS-7.1.2, information kept accurate), both included. Outside them a date is
 * a typing slip or an attack, and the command validator refuses it naming the field. The policy gives
 * no range; the default, 1900-01-01 to 2200-12-31, is the company's choice ({@link BusinessDates#DEFAULT}).
 *
 * @param earliestBusinessDate the first day a command may carry
 * @param latestBusinessDate   the last day a command may carry, after the first
 */
public record InputParameters(@NotNull LocalDate earliestBusinessDate, @NotNull LocalDate latestBusinessDate)
    implements CrossFieldRules {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<InputParameters> SECTION = ParameterSection.of("input",
        InputParameters.class, "/dev/directsupply/sdk/policy-defaults.json");

    /** The shipped defaults: 1900-01-01 to 2200-12-31. */
    public static InputParameters defaults() {
        return PolicyParameters.defaults(List.of(SECTION)).section(InputParameters.class);
    }

    /** The range the command validator allows. */
    public BusinessDates businessDates() {
        return new BusinessDates(earliestBusinessDate, latestBusinessDate);
    }

    /** The range runs forward: the earliest day comes before the latest. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (earliestBusinessDate == null || latestBusinessDate == null
            || earliestBusinessDate.isBefore(latestBusinessDate)) {
            return List.of();
        }
        return List.of(Violation.of("latestBusinessDate", "sdk.parameter.business-dates-order", "DS-7.1.2",
            Map.of("earliest", earliestBusinessDate.toString(), "latest", latestBusinessDate.toString())));
    }
}
