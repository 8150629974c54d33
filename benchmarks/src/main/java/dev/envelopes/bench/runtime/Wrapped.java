package dev.envelopes.bench.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class or method whose answers {@link ApiResponseFilter} wraps in {@link
 * ApiResponse}: the usual runtime way, found by reflection on every response.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Wrapped {}
