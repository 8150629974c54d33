package dev.envelopes.bench.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a method whose answer is a page, read by the runtime filters by reflection. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Paged {

  /** The limit (or page size) of a request that gives none. */
  int defaultLimit();
}
