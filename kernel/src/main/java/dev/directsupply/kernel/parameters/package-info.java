/**
 * Policy parameters: the values the policy leaves open (thresholds, periods, grades), one
 * immutable, validated object per area. A parameter file is read into
 * {@link dev.directsupply.kernel.parameters.PolicySection}s (the JSON reader lives in
 * {@code dev.directsupply.kernel.codec}); a {@link dev.directsupply.kernel.parameters.ParameterReader}
 * turns a section into typed values and collects every problem, each naming its key, into one
 * {@link dev.directsupply.kernel.InvalidPolicyParameters}.
 */
package dev.directsupply.kernel.parameters;
