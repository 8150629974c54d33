package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import java.util.List;
import java.util.Optional;

/**
 * One enveloped method of a resource class.
 *
 * @param name the method's name
 * @param httpMethods the HTTP methods it answers ({@code GET}, {@code POST}, ...): one for a
 *     resource method, none if it carries no HTTP method annotation, several where the framework
 *     maps one method to more than one, which an envelope cannot answer
 * @param path the template of its own path, below its class's, if it has one
 * @param access facts about its declaration that decide whether the framework can call it
 * @param parameters its parameters, in order
 * @param returnType the type it declares to return
 * @param returns what that type is to an envelope; for a method that returns the framework's
 *     response with a typed body, what that body is
 * @param delivery how the framework answers with what the method returns
 * @param hiddenPayload a type in {@code returnType} that the code generated next to the resource
 *     cannot name, if there is one
 * @param paging its {@code @Paginated} annotation, if it has one
 * @param style the style it answers in
 * @param vendorOptions its views and related records, for the vendor style
 * @param produces the media types it declares to produce, if it or its class declares any
 * @param envelopedByClass whether its class carries {@code @Enveloped}, so that leaving the
 *     envelope means opting out with {@code @Unenveloped} rather than removing an annotation
 * @param origin the method
 */
public record EndpointModel(
    String name,
    List<String> httpMethods,
    Optional<String> path,
    Access access,
    List<ParameterModel> parameters,
    TypeName returnType,
    ReturnShape returns,
    Delivery delivery,
    Optional<HiddenType> hiddenPayload,
    Optional<PagingModel> paging,
    Style style,
    VendorOptions vendorOptions,
    Optional<MediaTypes> produces,
    boolean envelopedByClass,
    Origin origin) {

  /** The HTTP method it answers, if it answers exactly one. */
  public Optional<String> httpMethod() {
    return httpMethods.size() == 1 ? Optional.of(httpMethods.get(0)) : Optional.empty();
  }

  /** How the framework answers a request with what a method returns. */
  public enum Delivery {
    /** It writes the returned value as the response body. */
    BODY,
    /**
     * The method returns the framework's own response, which carries a body of a declared type
     * (Spring MVC's {@code ResponseEntity<T>}): the body is enveloped as a returned {@code T}
     * would be, and the response's status and headers are kept. {@link #returns} describes the
     * body; a response whose body type cannot be seen has the shape {@link
     * ReturnShape.Unwrappable}.
     */
    BODY_IN_RESPONSE,
    /**
     * It renders the returned value through a view, such as a template, rather than writing it
     * as the body: there is no body to envelope.
     */
    VIEW
  }

  /**
   * How the method is declared.
   *
   * @param isPublic whether it is public
   * @param isStatic whether it is static
   * @param isAbstract whether it is abstract
   * @param isGeneric whether it declares type parameters
   */
  public record Access(boolean isPublic, boolean isStatic, boolean isAbstract, boolean isGeneric) {}

  /** The parameter bound to the query parameter {@code name}, if there is one. */
  public Optional<ParameterModel> queryParameter(String name) {
    return parameters.stream()
        .filter(parameter -> parameter.source() == ParameterModel.Source.QUERY)
        .filter(parameter -> parameter.wireName().equals(name))
        .findFirst();
  }
}
