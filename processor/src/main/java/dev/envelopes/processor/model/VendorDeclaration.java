package dev.envelopes.processor.model;

/**
 * The {@code @VendorConvention} of the API: what the vendor style's media type and error links are
 * made of.
 *
 * @param vendor the vendor's name in the media type
 * @param version the API version
 * @param errorDocumentation the URL under which each error code is documented
 * @param origin the annotation
 */
public record VendorDeclaration(
    String vendor, int version, String errorDocumentation, Origin origin) {

  /** The media type, such as {@code application/vnd.flow.v2+json}. */
  public String mediaType() {
    return "application/vnd." + vendor + ".v" + version + "+json";
  }

  /** The documentation URL, ending in {@code /} so that a code can follow it. */
  public String errorLinkBase() {
    return errorDocumentation.endsWith("/") ? errorDocumentation : errorDocumentation + "/";
  }
}
