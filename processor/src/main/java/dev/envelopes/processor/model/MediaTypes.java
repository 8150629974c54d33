package dev.envelopes.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media types a resource method declares it produces, on the method or, failing that, on its
 * class.
 *
 * @param types the media types as written, one per entry, a comma-separated entry split
 * @param onClass whether they come from the class's declaration
 * @param origin the annotation value that declares them
 */
public record MediaTypes(List<String> types, boolean onClass, Origin origin) {

  /**
   * The first declared type that is not JSON, which an envelope cannot be written as: anything but
   * {@code application/json}, a {@code +json} type such as a vendor's, or a wildcard that JSON
   * matches. Empty when every type is one of those.
   */
  public Optional<String> firstNotJson() {
    return types.stream().filter(type -> !isJson(type)).findFirst();
  }

  private static boolean isJson(String type) {
    String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return bare.equals("application/json")
        || bare.endsWith("+json")
        || bare.equals("*/*")
        || bare.equals("application/*");
  }
}
