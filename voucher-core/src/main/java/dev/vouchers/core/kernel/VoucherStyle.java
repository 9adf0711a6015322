// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style: an abstract {@code AbstractFoo} declares the value and
 * the public immutable {@code Foo} with builder and withers is generated. Applied once per
 * package in {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    strictBuilder = true,
    jdkOnly = true,
    allParameters = false,
    // keep generated types free of annotations consumers would need on their classpath
    allowedClasspathAnnotations = {Override.class})
public @interface VoucherStyle {}
