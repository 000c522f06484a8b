package dev.directsupply.risk;

import dev.directsupply.kernel.parameters.JsonPolicyFile;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import dev.directsupply.risk.account.CreditCheckParameters;
import dev.directsupply.risk.account.CreditLimitTable;
import dev.directsupply.risk.account.CreditRules;
import dev.directsupply.risk.account.MitigationTable;
import dev.directsupply.risk.credit.CreditParameters;
import dev.directsupply.risk.receivables.ReceivablesParameters;
import dev.directsupply.risk.register.RiskRegisterParameters;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every policy parameter of the risk module, one validated object per area (sections {@code credit},
 * {@code creditCheck}, {@code creditLimits}, {@code mitigation}, {@code receivables},
 * {@code riskRegister}), and the version of the set, which every credit report records. Defaults
 * ship in {@code dev/directsupply/risk/policy-defaults.json}.
 */
public record RiskParameters(String version, CreditParameters credit, CreditCheckParameters creditCheck,
                             CreditLimitTable creditLimits, MitigationTable mitigation,
                             ReceivablesParameters receivables, RiskRegisterParameters riskRegister) {
    /** The sections of a policy file this module reads. */
    public static final List<String> SECTIONS = List.of(CreditParameters.SECTION, CreditCheckParameters.SECTION,
        CreditLimitTable.SECTION, MitigationTable.SECTION, ReceivablesParameters.SECTION, RiskRegisterParameters.SECTION);
    /** The version the shipped defaults carry. */
    public static final String DEFAULTS_VERSION = "defaults";
    private static final String RESOURCE = "/dev/directsupply/risk/policy-defaults.json";

    public RiskParameters {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(creditCheck, "creditCheck");
        Objects.requireNonNull(creditLimits, "creditLimits");
        Objects.requireNonNull(mitigation, "mitigation");
        Objects.requireNonNull(receivables, "receivables");
        Objects.requireNonNull(riskRegister, "riskRegister");
    }

    private static final class Defaults {
        static final RiskParameters SET = load();

        private static RiskParameters load() {
            InputStream in = RiskParameters.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("the default policy " + RESOURCE + " is missing from the jar");
            }
            ParameterReader reader = new ParameterReader(RESOURCE);
            RiskParameters parameters = read(JsonPolicyFile.read(in, RESOURCE), DEFAULTS_VERSION, reader, null);
            reader.finish();
            return parameters;
        }
    }

    /** The shipped defaults. */
    public static RiskParameters defaults() {
        return Defaults.SET;
    }

    /**
     * Reads this module's sections of a policy file with a reader shared with other areas; sections
     * and keys left out keep the fallback's values. The result is null when there were problems.
     */
    public static RiskParameters read(PolicySection file, String version, ParameterReader reader,
                                      RiskParameters fallback) {
        CreditParameters credit = CreditParameters.read(reader.section(file, CreditParameters.SECTION), reader,
            fallback == null ? null : fallback.credit());
        CreditCheckParameters check = CreditCheckParameters.read(reader.section(file, CreditCheckParameters.SECTION),
            reader, fallback == null ? null : fallback.creditCheck());
        CreditLimitTable limits = CreditLimitTable.read(reader.section(file, CreditLimitTable.SECTION), reader,
            fallback == null ? null : fallback.creditLimits());
        MitigationTable mitigation = MitigationTable.read(reader.section(file, MitigationTable.SECTION), reader,
            fallback == null ? null : fallback.mitigation());
        ReceivablesParameters receivables = ReceivablesParameters.read(
            reader.section(file, ReceivablesParameters.SECTION), reader, fallback == null ? null : fallback.receivables());
        RiskRegisterParameters register = RiskRegisterParameters.read(
            reader.section(file, RiskRegisterParameters.SECTION), reader,
            fallback == null ? null : fallback.riskRegister());
        if (credit == null || check == null || limits == null || mitigation == null || receivables == null
            || register == null) {
            return null;
        }
        return new RiskParameters(version, credit, check, limits, mitigation, receivables, register);
    }

    /** This module's sections of a policy file, with the defaults for what it leaves out. */
    public static RiskParameters from(PolicySection file, String version, String source) {
        ParameterReader reader = new ParameterReader(source);
        reader.onlyKnownKeys(file, Set.copyOf(SECTIONS));
        RiskParameters parameters = read(file, version, reader, defaults());
        reader.finish();
        return parameters;
    }

    /** The credit check, limit and measure rules. */
    public CreditRules rules() {
        return new CreditRules(creditCheck, creditLimits, mitigation);
    }
}
