package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the {@link Style} that {@link Enveloped} methods answer in. The nearest declaration wins:
 * on the method, else on its class (or a class enclosing it), else on the package ({@code
 * package-info.java}); without any, {@link Style#META}.
 *
 * <pre>{@code
 * @EnvelopeStyle(Style.BARE)
 * package com.example.contacts;
 * }</pre>
 *
 * <p>Styles mix in one application: each method answers successes and errors in its own style.
 * Errors that reach no resource method, such as {@code 404} for an unknown path, answer in the
 * style of the {@link EnvelopeApi} type, or {@link Style#META} without one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE, ElementType.METHOD})
public @interface EnvelopeStyle {

  /** The style. */
  Style value();
}
