package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import java.util.List;
import java.util.Optional;

/**
 * One enveloped method of a resource class.
 *
 * @param name the method's name
 * @param httpMethod the HTTP method it answers ({@code GET}, {@code POST}, ...), or empty if it
 *     carries no HTTP method annotation
 * @param path the template of its own path, below its class's, if it has one
 * @param access facts about its declaration that decide whether the framework can call it
 * @param parameters its parameters, in order
 * @param returnType the type it declares to return
 * @param returns what that type is to an envelope
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
    Optional<String> httpMethod,
    Optional<String> path,
    Access access,
    List<ParameterModel> parameters,
    TypeName returnType,
    ReturnShape returns,
    Optional<HiddenType> hiddenPayload,
    Optional<PagingModel> paging,
    Style style,
    VendorOptions vendorOptions,
    Optional<MediaTypes> produces,
    boolean envelopedByClass,
    Origin origin) {

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
