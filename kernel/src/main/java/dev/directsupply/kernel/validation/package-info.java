/**
 * Command validation at the service boundary: commands are records annotated with Jakarta
 * Validation constraints; a {@link dev.directsupply.kernel.validation.CommandValidator} checks one
 * with the host's {@code jakarta.validation.Validator} and turns every violation into one
 * {@link dev.directsupply.kernel.InvalidCommand} with English and Chinese messages. Constraints
 * of the SDK's own, such as {@link dev.directsupply.kernel.validation.OneOf}, live here.
 */
package dev.directsupply.kernel.validation;
