package dev.envelopes.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

/**
 * The vendor style's {@code link(request, response, size, total, ...)}, which adds the {@code Link}
 * to the next page, as every binding's endpoints call it.
 */
public final class VendorNextLink {

  private VendorNextLink() {}

  /**
   * The method up to the page's size and total, with the framework's {@code request} and {@code
   * response} types; the binding adds what it links with and the body.
   */
  public static MethodSpec.Builder method(TypeName request, TypeName response) {
    return Members.publicStatic("link")
        .addParameter(request, "request")
        .addParameter(response, "response")
        .addParameter(TypeName.INT, "size")
        .addParameter(TypeName.LONG, "total");
  }
}
