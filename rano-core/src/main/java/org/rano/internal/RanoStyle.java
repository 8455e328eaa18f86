package org.rano.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The house Immutables style: generated classes are package-private and hidden behind the
 * hand-written abstract value type, the generated builder is created with {@code new}, and no
 * annotation outside the module's reach is copied onto generated code. The hand-written nested
 * {@code Builder} classes of the value types wrap the generated builder; Immutables' "extending
 * builder" feature, which would look for an inner class named {@code Builder}, is not used, so its
 * detection name ({@code typeInnerBuilder}) is set to a name no type declares.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    builder = "new",
    typeInnerBuilder = "ExtendingBuilderNotUsed",
    defaults = @Value.Immutable(copy = false),
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public @interface RanoStyle {}
