package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The names of the types every binding generates, in one place so that the writers agree on them
 * and the validator can check that none is taken. Which of the API-wide ones a binding writes, with
 * its own, is its {@code Binding.apiWideTypes}.
 */
public final class GeneratedNames {

  private final String apiPackage;

  public GeneratedNames(String apiPackage) {
    this.apiPackage = apiPackage;
  }

  /** The package of the API-wide types. */
  public String apiPackage() {
    return apiPackage;
  }

  /** The feature the user registers: it registers everything else. */
  public ClassName feature() {
    return ClassName.get(apiPackage, "EnvelopesFeature");
  }

  /** The mapper from exceptions to error envelopes. */
  public ClassName exceptionMapper() {
    return ClassName.get(apiPackage, "EnvelopesExceptionMapper");
  }

  /** The filters that guard every answer's headers and check the request's. */
  public ClassName headers() {
    return ClassName.get(apiPackage, "EnvelopesHeaders");
  }

  /** The API's table of statuses, codes and messages. */
  public ClassName status() {
    return ClassName.get(apiPackage, "MetaStatus");
  }

  /** The builder of responses, successful and failed. */
  public ClassName responses() {
    return ClassName.get(apiPackage, "MetaResponses");
  }

  /** The envelope of an error other than 400, whose details are sentences. */
  public ClassName errorEnvelope() {
    return ClassName.get(apiPackage, "MetaErrorEnvelope");
  }

  /** The envelope of a 400, whose details name fields. */
  public ClassName badRequestEnvelope() {
    return ClassName.get(apiPackage, "MetaBadRequestEnvelope");
  }

  /** One entry of a 400's details. */
  public ClassName fieldError() {
    return ClassName.get(apiPackage, "MetaFieldError");
  }

  /** The reader of offset and limit, and builder of the pagination links. */
  public ClassName paging() {
    return ClassName.get(apiPackage, "MetaPaging");
  }

  /** The error body of the bare style, {@code {errorCode, errorMessage}}. */
  public ClassName bareError() {
    return ClassName.get(apiPackage, "BareError");
  }

  /** The builder of responses in the bare style. */
  public ClassName bareResponses() {
    return ClassName.get(apiPackage, "BareResponses");
  }

  /** The reader of cursor and limit in the bare style, and maker of the next cursor. */
  public ClassName barePaging() {
    return ClassName.get(apiPackage, "BarePaging");
  }

  /** The builder of responses in the status envelope. */
  public ClassName statusResponses() {
    return ClassName.get(apiPackage, "StatusResponses");
  }

  /** The reader of page and per_page in the status envelope, and builder of its pagination. */
  public ClassName statusPaging() {
    return ClassName.get(apiPackage, "StatusPaging");
  }

  /** The {@code error} body of the status envelope. */
  public ClassName statusError() {
    return ClassName.get(apiPackage, "StatusError");
  }

  /** The {@code failure} body of the status envelope. */
  public ClassName statusFailure() {
    return ClassName.get(apiPackage, "StatusFailure");
  }

  /** One attribute at fault, {@code {attribute_name, messages}}. */
  public ClassName statusAttributeErrors() {
    return ClassName.get(apiPackage, "StatusAttributeErrors");
  }

  /** The error body of the vendor style, {@code {request_uuid, status, errors}}. */
  public ClassName vendorError() {
    return ClassName.get(apiPackage, "VendorError");
  }

  /** One entry of a vendor error's {@code errors}. */
  public ClassName vendorErrorDetail() {
    return ClassName.get(apiPackage, "VendorErrorDetail");
  }

  /** The builder of responses in the vendor style. */
  public ClassName vendorResponses() {
    return ClassName.get(apiPackage, "VendorResponses");
  }

  /** The pre-matching filter that reads the requested version and the request id. */
  public ClassName vendorRequests() {
    return ClassName.get(apiPackage, "VendorRequests");
  }

  /** The response filter that puts the request id on every vendor error. */
  public ClassName vendorRequestIds() {
    return ClassName.get(apiPackage, "VendorRequestIds");
  }

  /** The checks of a vendor method's query parameters, views and includes. */
  public ClassName vendorQueries() {
    return ClassName.get(apiPackage, "VendorQueries");
  }

  /** The reader of cursor and limit in the vendor style, and maker of the Link header. */
  public ClassName vendorPaging() {
    return ClassName.get(apiPackage, "VendorPaging");
  }

  /** The request filter that hands each request the link base the application configured. */
  public ClassName publicLinks() {
    return ClassName.get(apiPackage, "PublicLinks");
  }

  /**
   * The URIs of a request the generated code reads: the one the client sent, and the one the
   * pre-matching filters that rewrite it last set.
   */
  public ClassName requestUris() {
    return ClassName.get(apiPackage, "RequestUris");
  }

  /** The pre-matching filter that drops the paging parameters a request gives empty. */
  public ClassName emptyPagingParameters() {
    return ClassName.get(apiPackage, "EmptyPagingParameters");
  }

  /** A place in a request body, by the names its properties have in JSON. */
  public ClassName bodyNames() {
    return ClassName.get(apiPackage, "EnvelopesBodyNames");
  }

  /** The dynamic feature that envelopes the methods of one resource class. */
  public static ClassName resourceFeature(ResourceModel resource) {
    return ClassName.get(resource.type().packageName(), flatName(resource.type()) + "Envelopes");
  }

  /**
   * The class that the serializers of one resource's envelope records share: the keys they write,
   * and the writers of the plain records of their payloads.
   */
  public static ClassName resourceJson(ResourceModel resource) {
    return ClassName.get(resource.type().packageName(), flatName(resource.type()) + "Json");
  }

  /** The envelope record of one method: the resource's name, the method's, and "Envelope". */
  public static ClassName envelope(ResourceModel resource, EndpointModel endpoint) {
    return ClassName.get(
        resource.type().packageName(),
        flatName(resource.type()) + capitalized(endpoint.name()) + "Envelope");
  }

  /** The class inside the resource's feature that envelopes one method. */
  public static String endpointClassName(EndpointModel endpoint) {
    return capitalized(endpoint.name()) + "Endpoint";
  }

  /** {@code Outer.Inner} as {@code Outer_Inner}, to name top-level types after nested ones. */
  private static String flatName(ClassName type) {
    return String.join("_", type.simpleNames());
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
