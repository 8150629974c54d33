package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The named views a {@link Style#VENDOR} method offers besides {@code default}: predefined filters
 * a client chooses with {@code ?view=}. The method receives the chosen view; the generated code
 * answers an unknown one with an {@code invalid_attribute} error before the method runs.
 *
 * <pre>{@code
 * @GET @Views({"upcoming", "overdue"})
 * public List<Task> list(@QueryParam("view") @DefaultValue("default") String view) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Views {

  /** The view names, not counting {@code default}, which every method has. */
  String[] value();
}
