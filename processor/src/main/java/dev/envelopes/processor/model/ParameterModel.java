package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Optional;

/**
 * One parameter of a resource method.
 *
 * @param name its name in Java
 * @param type its type, as a javadoc link to the method names it (erased)
 * @param schema the JSON Schema of its value as the framework reads it from the request's text, its
 *     type arguments heeded: what the OpenAPI document says of a query, path, header, cookie or
 *     form parameter
 * @param primitive its primitive kind ({@code int}, {@code long}, ...), or empty for other types
 * @param source where the framework takes its value from
 * @param wireName the name clients know it by: the query, path, header, cookie, path segment or
 *     form parameter's name, {@code body} for the request body, and empty for the rest
 * @param defaultValue the value the framework gives it when the request has none, if it declares
 *     one
 * @param withoutValue what the framework gives it when the request lacks its value and it declares
 *     no default
 * @param origin the parameter
 */
public record ParameterModel(
    String name,
    TypeName type,
    SchemaModel schema,
    Optional<String> primitive,
    Source source,
    String wireName,
    Optional<String> defaultValue,
    WithoutValue withoutValue,
    Origin origin) {

  /** The name a validation message uses for the request body. */
  public static final String BODY = "body";

  /**
   * What the framework gives a parameter that declares no default when the request lacks its value.
   */
  public enum WithoutValue {
    /** Its type's empty value: 0 for a number, null for an object. */
    EMPTY,
    /** Nothing: the framework refuses the request with 400 Bad Request. */
    REFUSED,
    /** {@code null}, even for a primitive, which fails the request. */
    NULL
  }

  /**
   * Where the framework takes a parameter's value from, named by what it is; each dialect says
   * which of its annotations mean which.
   */
  public enum Source {
    QUERY,
    PATH,
    HEADER,
    COOKIE,
    /** A parameter of one path segment, {@code ;name=value}: a matrix parameter. */
    PATH_SEGMENT,
    FORM,
    /**
     * Several values of the request gathered into one object, which may bind query parameters the
     * model does not see.
     */
    GROUPED,
    /** An object the framework hands the method, not a value of the request. */
    FRAMEWORK,
    /** A handle through which the method answers later rather than by returning. */
    ASYNC_RESPONDER,
    /** The request body: a parameter the framework binds by no annotation. */
    BODY
  }
}
