package dev.directsupply.kernel.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A policy file as written: JSON, or YAML by its name; one object; no key without a value. */
class PolicyFileTest {

    private static InvalidPolicyParameters refusal(Runnable reading) {
        try {
            reading.run();
        } catch (InvalidPolicyParameters refused) {
            return refused;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    @DisplayName("a name ending .yaml or .yml, in any case, is YAML; any other name is JSON")
    void givenFileNames_whenFormatAsked_thenYamlByExtension() {
        assertThat(PolicyFile.formatOf("policy.yaml")).isEqualTo(PolicyFile.Format.YAML);
        assertThat(PolicyFile.formatOf("POLICY.YML")).isEqualTo(PolicyFile.Format.YAML);
        assertThat(PolicyFile.formatOf("policy.json")).isEqualTo(PolicyFile.Format.JSON);
        assertThat(PolicyFile.formatOf("policy.yaml.txt")).isEqualTo(PolicyFile.Format.JSON);
    }

    @Test
    @DisplayName("a file read from a stream (a classpath resource) keeps the name it was given")
    void givenStream_whenRead_thenParsedUnderItsName() {
        PolicyFile file = PolicyFile.read(new ByteArrayInputStream("thresholds:\n  large: 7\n"
            .getBytes(StandardCharsets.UTF_8)), "classpath:/policy.yaml", PolicyFile.Format.YAML);

        assertThat(file.source()).isEqualTo("classpath:/policy.yaml");
        assertThat(file.root().path("thresholds").path("large").intValue()).isEqualTo(7);
    }

    @Test
    @DisplayName("an empty file names nothing: every parameter keeps its default")
    void givenEmptyText_whenParsed_thenEmptyFile() {
        assertThat(PolicyFile.json("", "empty.json").root().isEmpty()).isTrue();
        assertThat(PolicyFile.yaml("", "empty.yaml").root().isEmpty()).isTrue();
        assertThat(PolicyFile.yaml("", "empty.yaml").source()).isEqualTo("empty.yaml");
    }

    @Test
    @DisplayName("a file holding only null, or a list, is not a policy: it must hold one object")
    void givenNullOrListDocument_whenParsed_thenRefused() {
        for (Runnable reading : java.util.List.<Runnable>of(() -> PolicyFile.json("null", "p.json"),
            () -> PolicyFile.yaml("null\n", "p.yaml"), () -> PolicyFile.yaml("- 1\n", "p.yaml"))) {
            assertThat(refusal(reading).violations()).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(file)", "kernel.parameter.not-an-object"));
        }
    }

    @Test
    @DisplayName("invalid JSON names the line and column where it broke")
    void givenBrokenJson_whenParsed_thenLineAndColumnNamed() {
        InvalidPolicyParameters refused = refusal(() -> PolicyFile.json("{\n  \"thresholds\": {\"large\": ]\n}", "p.json"));

        assertThat(refused.violations().get(0).code()).isEqualTo("kernel.parameter.not-json");
        assertThat(refused.violations().get(0).english()).startsWith("is not valid JSON (line 2, column ");
    }

    @Test
    @DisplayName("a key without a value is refused wherever it stands, even inside a list, naming its path")
    void givenNullsAtAnyDepth_whenParsed_thenEachNamedByPath() {
        InvalidPolicyParameters refused = refusal(() -> PolicyFile.json("{\"version\": null, \"pricing\": "
            + "{\"bands\": [{\"from\": 0, \"points\": 1}, {\"from\": null, \"points\": 2}], \"tolerance\": 0.1}, "
            + "\"thresholds\": {\"cadence\": {\"CORE\": null}}}", "p.json"));

        assertThat(refused.keys()).containsExactly("version", "pricing.bands[1].from", "thresholds.cadence.CORE");
        assertThat(refused.violations()).extracting(Violation::code).containsOnly("kernel.parameter.null");
        assertThat(refused.violations().get(0).english())
            .isEqualTo("must have a value; leave the key out to keep the default");
    }

    @Test
    @DisplayName("a list of values with a null among them is refused at the null's index")
    void givenNullInsideAList_whenParsed_thenNamedByIndex() {
        assertThat(refusal(() -> PolicyFile.yaml("steps: [1, null]\n", "p.yaml")).keys()).containsExactly("steps[1]");
    }
}
