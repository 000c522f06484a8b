/**
 * Policy parameters: the values the policy leaves open (thresholds, periods, grades), one immutable
 * record per section, its rules stated as constraints on its components and
 * {@link dev.directsupply.kernel.validation.CrossFieldRules}. A module declares its sections
 * ({@link dev.directsupply.kernel.parameters.ParameterSection}: key, record, shipped defaults); a
 * {@link dev.directsupply.kernel.parameters.PolicyFile} in JSON or YAML is read over those defaults into
 * {@link dev.directsupply.kernel.parameters.PolicyParameters}, and every problem — unknown key, wrong
 * type, broken rule — is named by its key path in one {@link dev.directsupply.kernel.InvalidPolicyParameters}.
 */
package dev.directsupply.kernel.parameters;
