package dev.envelopes.bench.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a vendor method's query may hold beyond its {@code @QueryParam}s, read by {@link
 * VendorQueryFilter} by reflection: the views it offers and the related records it can side-load.
 * Envelopes' own {@code @Views} and {@code @Include} are read at compile time only, so the runtime
 * way needs an annotation it can see at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface VendorQuery {

  /** The views besides {@code default}; none when the method offers no view. */
  String[] views() default {};

  /** The names the {@code include} parameter may ask for; none when it side-loads nothing. */
  String[] includes() default {};
}
