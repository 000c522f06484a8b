package dev.directsupply.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of a published event's record, when it is not the first. A change a subscriber could
 * trip on — a component renamed, removed or given another meaning — makes a new version, and the
 * event's type name says it: {@code orders.OrderAccepted} is version 1, {@code orders.OrderAccepted.v2}
 * version 2. Adding a component is not such a change. Each module's golden event tests pin the JSON
 * of every version it publishes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {
    /** 2 or more. */
    int value();
}
