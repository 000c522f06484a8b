package dev.directsupply.sdk;

import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.kernel.codec.JsonPolicyFile;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Every policy parameter of the SDK, one validated object per area. A policy file is JSON with one
 * section per area; an area or key it leaves out keeps the default of POLICY.md:
 *
 * <pre>{@code
 * { "classification": { "largeThreshold": 8000000, "mediumThreshold": 1500000 } }
 * }</pre>
 *
 * A wrong file is refused as a whole with an {@code InvalidPolicyParameters} that names every bad key.
 */
public final class PolicyParameters {
    /** The sections a policy file may hold. */
    public static final Set<String> SECTIONS = Set.of(ClassificationParameters.SECTION);

    private final ClassificationParameters classification;

    private PolicyParameters(ClassificationParameters classification) {
        this.classification = Objects.requireNonNull(classification, "classification");
    }

    /** POLICY.md's defaults. */
    public static PolicyParameters defaults() {
        return new PolicyParameters(ClassificationParameters.defaults());
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
        reader.onlyKnownKeys(file, SECTIONS);
        ClassificationParameters classification = ClassificationParameters.read(
            reader.section(file, ClassificationParameters.SECTION), reader, ClassificationParameters.defaults());
        reader.finish();
        return new PolicyParameters(classification);
    }

    /** The same parameters with other classification parameters. */
    public PolicyParameters withClassification(ClassificationParameters parameters) {
        return new PolicyParameters(parameters);
    }

    /** DS-2.2.1 thresholds and windows. */
    public ClassificationParameters classification() {
        return classification;
    }
}
