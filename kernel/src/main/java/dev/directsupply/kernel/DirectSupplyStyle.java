package dev.directsupply.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK, for types with many fields (policy parameters, profiles,
 * agreements): the generated class stays package-private behind the abstract type, its builder is
 * strict (each field set once) and fails naming every missing field, and nothing but the JDK is
 * needed at run time. Put it on the abstract value type next to {@code @Value.Immutable}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface DirectSupplyStyle {
}
