package dev.envelopes.bench.runtime;

import dev.envelopes.Style;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class or method whose answers a runtime filter wraps in the generic envelope of
 * its style: the usual runtime way, found by reflection on every response.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Wrapped {

  /** The convention the answers follow; each style's filter wraps only its own. */
  Style value() default Style.META;
}
