package dev.directsupply.sdk;

import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.kernel.validation.InRange;
import java.time.Duration;
import java.util.List;

/**
 * How the event relay treats subscribers that fail or hang, the {@code relay} section of a policy file.
 * The policy asks only that events reach the other areas (DESIGN, events between modules); these
 * values are the company's choice.
 *
 * @param handlerTimeoutSeconds how long one subscriber may take over one event before the relay abandons
 *                              the call, counts it as that subscriber's failure and goes on
 * @param firstBackoffSeconds   how long a subscriber rests after its first failure in a row; each further
 *                              failure in a row doubles it
 * @param longestBackoffSeconds the longest rest, however many failures in a row
 * @param retentionDays         how long the record of a failed delivery is kept once it went through,
 *                              before {@link EventRelay#prune()} empties it
 */
public record RelayParameters(
    @InRange(min = 1, max = 3_600) int handlerTimeoutSeconds,
    @InRange(min = 1, max = 86_400) int firstBackoffSeconds,
    @InRange(min = 1, max = 604_800) int longestBackoffSeconds,
    @InRange(min = 1, max = 3_660) int retentionDays) {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<RelayParameters> SECTION = ParameterSection.of("relay",
        RelayParameters.class, "/dev/directsupply/sdk/policy-defaults.json");

    /** The shipped defaults: 30 seconds per call, rests from 5 seconds up to 15 minutes, 30 days kept. */
    public static RelayParameters defaults() {
        return Defaults.SET;
    }

    public Duration handlerTimeout() {
        return Duration.ofSeconds(handlerTimeoutSeconds);
    }

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }

    /**
     * The rest after {@code failuresInARow} failures: the first back-off, doubled for each failure after
     * the first, never longer than the longest.
     */
    public Duration backoff(int failuresInARow) {
        long seconds = firstBackoffSeconds;
        for (int failure = 1; failure < failuresInARow && seconds < longestBackoffSeconds; failure++) {
            seconds *= 2;
        }
        return Duration.ofSeconds(Math.min(seconds, longestBackoffSeconds));
    }

    private static final class Defaults {
        static final RelayParameters SET = PolicyParameters.defaults(List.of(SECTION)).section(RelayParameters.class);
    }
}
