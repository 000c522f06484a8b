package dev.directsupply.kernel.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Length;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files, JSON or YAML, read by Jackson into records the validator checks; every problem named by its key. */
class PolicyParametersTest {
    enum Level { CORE, GENERAL }

    public record Thresholds(@NotNull Currency currency, @NotNull @Positive BigDecimal large,
                             @NotNull @Positive BigDecimal medium, @InRange(min = 1, max = 36) int windowMonths,
                             @NotNull Map<Level, @NotNull @InRange(min = 1, max = 90) Integer> cadence)
        implements InCurrency, CrossFieldRules {
        @Override
        public List<Violation> crossFieldViolations() {
            return medium != null && large != null && medium.compareTo(large) >= 0
                ? List.of(Violation.of("medium", "kernel.parameter.invalid", "DS-2.2.1",
                    Map.of("detail", "X2 " + medium.toPlainString() + " must be below X1 " + large.toPlainString())))
                : List.of();
        }
    }

    public record Band(@PositiveOrZero int from, @InRange(min = 0, max = 100) int points) {
    }

    public record Pricing(@NotNull Currency currency, @NotNull @PositiveOrZero @DecimalMax("0.5") BigDecimal tolerance,
                          @NotEmpty List<@Valid @NotNull Band> bands) implements InCurrency {
    }

    private static final String DEFAULTS = "/dev/directsupply/kernel/parameters/test-defaults.json";
    private static final List<ParameterSection<?>> SECTIONS = List.of(
        ParameterSection.of("thresholds", Thresholds.class, DEFAULTS),
        ParameterSection.of("pricing", Pricing.class, DEFAULTS));

    private static PolicyParameters json(String text) {
        return PolicyParameters.read(SECTIONS, PolicyFile.json(text, "policy.json"));
    }

    private static PolicyParameters yaml(String text) {
        return PolicyParameters.read(SECTIONS, PolicyFile.yaml(text, "policy.yaml"));
    }

    private static InvalidPolicyParameters refusal(Runnable reading) {
        try {
            reading.run();
        } catch (InvalidPolicyParameters refused) {
            return refused;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    @DisplayName("no file: every section is its shipped defaults, under the version 'defaults'")
    void givenNoFile_whenRead_thenDefaults() {
        PolicyParameters defaults = PolicyParameters.defaults(SECTIONS);

        assertThat(defaults.version()).isEqualTo("defaults");
        assertThat(defaults.section(Thresholds.class).large()).isEqualByComparingTo("5000000");
        assertThat(defaults.section(Pricing.class).bands()).containsExactly(new Band(0, 10), new Band(50, 20));
    }

    @Test
    @DisplayName("a JSON file overrides the keys it names; the rest keep their defaults, nested maps key by key")
    void givenJsonWithSomeKeys_whenRead_thenThoseOverridden() {
        PolicyParameters read = json("{\"version\": \"2026-11\", \"thresholds\": {\"large\": 8000000, "
            + "\"cadence\": {\"GENERAL\": 14}}}");

        assertThat(read.version()).isEqualTo("2026-11");
        assertThat(read.section(Thresholds.class).large()).isEqualByComparingTo("8000000");
        assertThat(read.section(Thresholds.class).medium()).isEqualByComparingTo("1000000");
        assertThat(read.section(Thresholds.class).cadence()).containsEntry(Level.CORE, 1).containsEntry(Level.GENERAL, 14);
    }

    @Test
    @DisplayName("the same file in YAML reads the same")
    void givenYaml_whenRead_thenSameAsJson() {
        PolicyParameters fromYaml = yaml("""
            version: "2026-11"
            thresholds:
              large: 8000000
              cadence:
                GENERAL: 14
            pricing:
              tolerance: 0.1
              bands:
                - { from: 0, points: 5 }
            """);

        assertThat(fromYaml.section(Thresholds.class)).isEqualTo(json("{\"thresholds\": {\"large\": 8000000, "
            + "\"cadence\": {\"GENERAL\": 14}}}").section(Thresholds.class));
        assertThat(fromYaml.section(Pricing.class).tolerance()).isEqualByComparingTo("0.1");
        assertThat(fromYaml.section(Pricing.class).bands()).as("a list replaces the default list whole")
            .containsExactly(new Band(0, 5));
    }

    @Test
    @DisplayName("an unknown key is refused, listing the known ones, in English and Chinese")
    void givenUnknownKey_whenRead_thenRefusedListingKnownKeys() {
        for (Runnable reading : List.<Runnable>of(() -> json("{\"thresholds\": {\"larg\": 1}}"),
            () -> yaml("thresholds:\n  larg: 1\n"))) {
            InvalidPolicyParameters refused = refusal(reading);

            assertThat(refused.keys()).containsExactly("thresholds.larg");
            Violation violation = refused.violations().get(0);
            assertThat(violation.english()).contains("not a known parameter").contains("large").contains("windowMonths");
            assertThat(violation.chinese()).contains("不是已知参数").contains("medium");
        }
    }

    @Test
    @DisplayName("an unknown section is refused, listing the sections and the version")
    void givenUnknownSection_whenRead_thenRefused() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"thresholdz\": {}}"));

        assertThat(refused.keys()).containsExactly("thresholdz");
        assertThat(refused.violations().get(0).english()).contains("pricing").contains("thresholds").contains("version");
    }

    @Test
    @DisplayName("text where a number belongs, an unknown code and a section where a number belongs are named")
    void givenWrongTypes_whenRead_thenEachNamed() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"thresholds\": {\"large\": \"lots\", "
            + "\"currency\": \"XYZ\", \"windowMonths\": {\"a\": 1}, \"cadence\": {\"SOME\": 3}}}"));

        assertThat(refused.keys()).containsExactlyInAnyOrder("thresholds.large", "thresholds.currency",
            "thresholds.windowMonths", "thresholds.cadence.SOME");
        assertThat(refused.getMessage()).contains("must be a number, not \"lots\"")
            .contains("ISO 4217 currency code, not \"XYZ\"").contains("must be a whole number")
            .contains("must be one of CORE, GENERAL, not \"SOME\"");
        assertThat(refused.message(Messages.CHINESE)).contains("须为数字").contains("须为整数");
    }

    @Test
    @DisplayName("a value out of its range names the key and the range, in both languages")
    void givenOutOfRange_whenRead_thenRangeNamed() {
        InvalidPolicyParameters refused = refusal(() -> yaml("thresholds:\n  windowMonths: 0\n"));

        assertThat(refused.keys()).containsExactly("thresholds.windowMonths");
        assertThat(refused.violations().get(0).english()).isEqualTo("must be from 1 to 36, not 0");
        assertThat(refused.violations().get(0).chinese()).isEqualTo("须在 1 至 36 之间，实际为 0");
    }

    @Test
    @DisplayName("a rule across keys (X2 < X1) names the key and its requirement")
    void givenBrokenCrossFieldRule_whenRead_thenNamed() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"thresholds\": {\"medium\": 6000000}}"));

        assertThat(refused.keys()).containsExactly("thresholds.medium");
        assertThat(refused.violations().get(0).rule()).isEqualTo("DS-2.2.1");
    }

    @Test
    @DisplayName("every problem of a file at once: an unknown key, text for a number, a range, a nested list item")
    void givenSeveralProblems_whenRead_thenAllReported() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"thresholds\": {\"larg\": 1, \"medium\": \"lots\"}, "
            + "\"pricing\": {\"tolerance\": 0.9, \"bands\": [{\"from\": 0, \"points\": 500}]}}"));

        assertThat(refused.keys()).containsExactlyInAnyOrder("thresholds.larg", "thresholds.medium",
            "pricing.tolerance", "pricing.bands[0].points");
    }

    @Test
    @DisplayName("a decimal of a hundred million places is refused at once, naming its key")
    void givenUnboundedDecimal_whenRead_thenRefusedQuickly() {
        long started = System.nanoTime();
        InvalidPolicyParameters refused = refusal(() -> json("{\"pricing\": {\"tolerance\": 1e-100000000}}"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.keys()).containsExactly("pricing.tolerance");
        assertThat(refused.violations().get(0).code()).isEqualTo("kernel.parameter.decimal-bounds");
    }

    @Test
    @DisplayName("sections counting in different currencies are refused: USD orders beside CNY credit")
    void givenCurrenciesThatDisagree_whenRead_thenRefusedNamingTheOddOne() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"pricing\": {\"currency\": \"USD\"}}"));

        assertThat(refused.keys()).containsExactly("pricing.currency");
        assertThat(refused.violations().get(0).english()).contains("must be CNY").contains("thresholds");
        assertThat(refused.violations().get(0).chinese()).contains("CNY");
    }

    @Test
    @DisplayName("a missing file is refused naming its absolute path, not an I/O failure")
    void givenMissingFile_whenRead_thenRefusedNamingTheAbsolutePath(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere/policy.yaml");

        InvalidPolicyParameters refused = refusal(() -> PolicyFile.read(missing));

        assertThat(refused.getMessage()).contains(missing.toAbsolutePath().toString());
        assertThat(refused.message(Messages.CHINESE)).contains(missing.toAbsolutePath().toString()).contains("没有");
    }

    @Test
    @DisplayName("a file on disk is read as YAML when its name says so")
    void givenYamlFileOnDisk_whenRead_thenParsedAsYaml(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("policy.yml"), "thresholds:\n  large: 7000000\n");

        PolicyParameters read = PolicyParameters.read(SECTIONS, PolicyFile.read(file));

        assertThat(read.section(Thresholds.class).large()).isEqualByComparingTo("7000000");
        assertThat(read.version()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    @DisplayName("a null, a key given twice, a section that is a number, and a file that is not an object are refused")
    void givenMalformedFiles_whenRead_thenRefused() {
        assertThat(refusal(() -> json("{\"thresholds\": {\"large\": null}}")).keys())
            .containsExactly("thresholds.large");
        assertThat(refusal(() -> json("{\"thresholds\": {\"large\": 1, \"large\": 2}}")).getMessage())
            .contains("large");
        assertThat(refusal(() -> yaml("thresholds:\n  large: 1\n  large: 2\n")).getMessage()).contains("large");
        assertThat(refusal(() -> json("{\"thresholds\": 5}")).keys()).containsExactly("thresholds");
        assertThat(refusal(() -> json("[1, 2]")).keys()).containsExactly("(file)");
        assertThat(refusal(() -> json("{\"thresholds\": ")).getMessage()).contains("not valid JSON");
        assertThat(refusal(() -> yaml("thresholds: [")).getMessage()).contains("not valid YAML");
    }

    @Test
    @DisplayName("a section set in code is checked as a file's would be")
    void givenSectionInCode_whenSet_thenChecked() {
        PolicyParameters defaults = PolicyParameters.defaults(SECTIONS);
        Thresholds bad = new Thresholds(Currency.getInstance("CNY"), BigDecimal.ONE, BigDecimal.TEN, 12,
            Map.of(Level.CORE, 1, Level.GENERAL, 7));

        assertThat(refusal(() -> defaults.with(bad)).keys()).containsExactly("thresholds.medium");
        Thresholds good = new Thresholds(Currency.getInstance("CNY"), BigDecimal.TEN, BigDecimal.ONE, 12,
            Map.of(Level.CORE, 1, Level.GENERAL, 7));
        assertThat(defaults.with(good).section(Thresholds.class)).isEqualTo(good);
    }

    public record Fees(@NotNull Currency currency,
                       @Length(max = 3, message = "a fee code has at most three letters") String code) implements InCurrency {
    }

    private static final List<ParameterSection<?>> WITH_FEES = List.of(SECTIONS.get(0), SECTIONS.get(1),
        ParameterSection.of("fees", Fees.class, "/dev/directsupply/kernel/parameters/fee-defaults.json"));

    @Test
    @DisplayName("sections in different currencies are judged by the currency most of them name")
    void givenMostSectionsInOneCurrency_whenRead_thenTheOthersRefusedNamingThatCurrency() {
        InvalidPolicyParameters refused = refusal(() -> PolicyParameters.read(WITH_FEES,
            PolicyFile.json("{\"pricing\": {\"currency\": \"USD\"}, \"fees\": {\"currency\": \"USD\"}}", "policy.json")));

        assertThat(refused.keys()).containsExactly("thresholds.currency");
        assertThat(refused.violations().get(0).english())
            .isEqualTo("must be USD, the currency of pricing, fees: every section counts in one currency");
    }

    @Test
    @DisplayName("a constraint the catalogue does not know is reported with the message it declares")
    void givenConstraintOutsideTheCatalogue_whenBroken_thenItsDeclaredMessage() {
        InvalidPolicyParameters refused = refusal(() -> PolicyParameters.read(WITH_FEES,
            PolicyFile.json("{\"fees\": {\"code\": \"PREMIUM\"}}", "policy.json")));

        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::english)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("fees.code", "Length",
                "a fee code has at most three letters"));
    }

    @Test
    @DisplayName("the violations of one section are listed by key")
    void givenSeveralBrokenConstraints_whenRead_thenListedByKey() {
        InvalidPolicyParameters refused = refusal(() -> json("{\"thresholds\": {\"windowMonths\": 0, \"medium\": -2, "
            + "\"large\": -1}, \"pricing\": {\"bands\": [{\"from\": -1, \"points\": 101}]}}"));

        assertThat(refused.keys()).containsExactly("thresholds.large", "thresholds.medium", "thresholds.windowMonths",
            "pricing.bands[0].from", "pricing.bands[0].points");
    }

    @Test
    @DisplayName("a section set in code is checked against its own section, currency included")
    void givenPricingInCode_whenSet_thenCheckedAsPricing() {
        PolicyParameters defaults = PolicyParameters.defaults(SECTIONS);
        Pricing tooTolerant = new Pricing(Currency.getInstance("CNY"), new BigDecimal("0.9"), List.of(new Band(0, 1)));
        Pricing inDollars = new Pricing(Currency.getInstance("USD"), new BigDecimal("0.1"), List.of(new Band(0, 1)));
        Pricing good = new Pricing(Currency.getInstance("CNY"), new BigDecimal("0.1"), List.of(new Band(0, 1)));

        assertThat(refusal(() -> defaults.with(tooTolerant)).keys()).containsExactly("pricing.tolerance");
        assertThat(refusal(() -> defaults.with(inDollars)).violations()).extracting(Violation::field, Violation::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("pricing.currency", "kernel.parameter.currencies-disagree"));
        PolicyParameters changed = defaults.with(good);
        assertThat(changed.section(Pricing.class)).isEqualTo(good);
        assertThat(changed.section(Thresholds.class)).isEqualTo(defaults.section(Thresholds.class));
        assertThat(changed.version()).isEqualTo(defaults.version());
    }

    @Test
    @DisplayName("a section of a type no module declares is refused, in code as when asked for")
    void givenUndeclaredType_whenSetOrAsked_thenRefusedNamingTheType() {
        PolicyParameters defaults = PolicyParameters.defaults(SECTIONS);

        assertThatThrownBy(() -> defaults.with(new Band(0, 1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("no module declares a policy section of type " + Band.class.getName());
        assertThatThrownBy(() -> defaults.section(Band.class))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("no module declares a policy section of type " + Band.class.getName());
    }

    @Test
    @DisplayName("the same parameters under another version name, trimmed; a version has a name")
    void givenNewVersionName_whenRenamed_thenSameSectionsUnderIt() {
        PolicyParameters defaults = PolicyParameters.defaults(SECTIONS);

        PolicyParameters renamed = defaults.withVersion(" 2026-12 ");

        assertThat(renamed.version()).isEqualTo("2026-12");
        assertThat(renamed.sections()).containsExactlyElementsOf(SECTIONS);
        assertThat(renamed.section(Pricing.class)).isEqualTo(defaults.section(Pricing.class));
        assertThatThrownBy(() -> defaults.withVersion(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withVersion(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a version that is not a text is refused; two modules declaring one section key are refused")
    void givenBadVersionOrDuplicateKey_whenRead_thenRefused() {
        assertThat(refusal(() -> json("{\"version\": {\"name\": \"x\"}}")).keys()).containsExactly("version");
        assertThatThrownBy(() -> PolicyParameters.defaults(List.of(SECTIONS.get(0), SECTIONS.get(0))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("two modules declare the policy section thresholds");
    }

    @Test
    @DisplayName("a section whose defaults are missing from the jar, or lack the section, is a packaging error")
    void givenMissingDefaults_whenRead_thenIllegalState() {
        assertThatThrownBy(() -> PolicyParameters.defaults(List.of(
            ParameterSection.of("fees", Fees.class, "/dev/directsupply/kernel/parameters/nowhere.json"))))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("the default policy /dev/directsupply/kernel/parameters/nowhere.json is missing from the jar");
        assertThatThrownBy(() -> PolicyParameters.defaults(List.of(ParameterSection.of("fee", Fees.class, DEFAULTS))))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage(DEFAULTS + " has no section fee");
    }

    @Test
    @DisplayName("a section key is a camelCase word other than 'version'")
    void givenSectionKeys_whenDeclared_thenShapeChecked() {
        assertThat(ParameterSection.of("creditCheck", Fees.class, DEFAULTS).key()).isEqualTo("creditCheck");
        for (String key : new String[] {null, "Credit", "credit-check", "1st", "version", ""}) {
            assertThatThrownBy(() -> ParameterSection.of(key, Fees.class, DEFAULTS)).as(String.valueOf(key))
                .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ParameterSection.of("fees", null, DEFAULTS)).hasMessage("type");
        assertThatThrownBy(() -> ParameterSection.of("fees", Fees.class, null)).hasMessage("defaults");
    }
}
