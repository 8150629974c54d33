package dev.envelopes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kind of related record a {@link Style#VENDOR} method can side-load: a client asks for it with
 * {@code ?include=name} (several separated by commas), and the answer holds the records under
 * {@code name} in its root object, beside {@code data}. The method returns {@link Related} with the
 * records attached; an unknown name is answered with an {@code invalid_attribute} error.
 *
 * <pre>{@code
 * @GET
 * @Include(name = "accounts", type = Account.class)
 * public Related<List<Task>> list() {
 *   return Related.of(tasks).with("accounts", accounts);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Includes.class)
public @interface Include {

  /** The name clients ask for and the key the records are answered under, in snake_case. */
  String name();

  /** The type of one related record. */
  Class<?> type();
}
