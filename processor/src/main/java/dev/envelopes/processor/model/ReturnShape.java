package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;

/** What a resource method returns, as far as an envelope cares. */
public sealed interface ReturnShape {

  /** {@code void} or {@link Void}: there is no data. */
  record NoData() implements ReturnShape {}

  /**
   * One value: a record, a bean, a string, a number.
   *
   * @param type the value's type
   * @param primitive whether the type is primitive
   * @param optional whether the method wraps the value in {@link java.util.Optional}
   */
  record Single(TypeName type, boolean primitive, boolean optional) implements ReturnShape {}

  /**
   * Many values: a {@link java.util.Collection} or an array.
   *
   * @param type the declared type
   * @param array whether it is an array
   */
  record Multiple(TypeName type, boolean array) implements ReturnShape {}

  /**
   * A {@code dev.envelopes.Page} of items.
   *
   * @param itemType the type of one item
   */
  record Paged(TypeName itemType) implements ReturnShape {}

  /** A {@code Page} without its item type. */
  record RawPage() implements ReturnShape {}

  /**
   * A type an envelope cannot wrap because it is already a response or is not there yet: the
   * framework's own response, a raw {@code CompletionStage}, a {@code Future}; also the framework's
   * response whose body type cannot be seen, and what the framework renders as a view (see {@link
   * EndpointModel.Delivery}).
   */
  record Unwrappable() implements ReturnShape {}

  /** A type that mentions a type variable, which the generated code cannot name. */
  record Generic() implements ReturnShape {}
}
