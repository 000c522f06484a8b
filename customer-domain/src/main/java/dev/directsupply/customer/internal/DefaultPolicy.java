package dev.directsupply.customer.internal;

import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.kernel.parameters.JsonPolicyFile;
import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.io.InputStream;

/** The default parameters of POLICY.md, read once from the shipped resource. */
public final class DefaultPolicy {
    /** The shipped defaults, a policy file of their own. */
    public static final String RESOURCE = "/dev/directsupply/customer/policy-defaults.json";

    private static final class Holder {
        static final ClassificationParameters CLASSIFICATION = load();
    }

    private DefaultPolicy() {
    }

    public static ClassificationParameters classification() {
        return Holder.CLASSIFICATION;
    }

    /** The shipped defaults as a policy file. */
    public static PolicySection file() {
        InputStream in = DefaultPolicy.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the default policy " + RESOURCE + " is missing from the jar");
        }
        return JsonPolicyFile.read(in, RESOURCE);
    }

    private static ClassificationParameters load() {
        ParameterReader reader = new ParameterReader(RESOURCE);
        ClassificationParameters parameters =
            ClassificationParameters.read(file().section(ClassificationParameters.SECTION), reader, null);
        reader.finish();
        return parameters;
    }
}
