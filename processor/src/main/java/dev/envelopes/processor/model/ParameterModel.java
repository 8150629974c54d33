package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/**
 * One parameter of a resource method.
 *
 * @param name its name in Java
 * @param type its type, as a javadoc link to the method names it (erased)
 * @param primitive its primitive kind ({@code int}, {@code long}, ...), or empty for other types
 * @param source where Jakarta REST takes its value from
 * @param wireName the name clients know it by: the query, path, header, cookie, matrix or form
 *     parameter's name, {@code body} for the entity, and empty for the rest
 * @param defaultValue its {@code @DefaultValue}, if it has one
 * @param origin the parameter
 */
public record ParameterModel(
    String name,
    TypeName type,
    Optional<String> primitive,
    Source source,
    String wireName,
    Optional<String> defaultValue,
    Origin origin) {

  /** The name a validation message uses for the request body. */
  public static final String BODY = "body";

  /** Where Jakarta REST takes a parameter's value from. */
  public enum Source {
    QUERY,
    PATH,
    HEADER,
    COOKIE,
    MATRIX,
    FORM,
    BEAN,
    CONTEXT,
    SUSPENDED,
    ENTITY
  }
}
