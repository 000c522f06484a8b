package dev.directsupply.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a command's component as free multi-line text (a note, a plan, a description): there, and in
 * the texts nested in it, line feeds, carriage returns and tabs are allowed. Every other text of a
 * command is one line: {@link InputHygiene} refuses them there, as it refuses every other control,
 * format or invisible character everywhere.
 */
@Documented
@Target({RECORD_COMPONENT, FIELD})
@Retention(RUNTIME)
public @interface MultiLine {
}
