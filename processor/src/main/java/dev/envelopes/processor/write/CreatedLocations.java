package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

/**
 * The {@code locationOf(request, id...)} of every style's builder of answers that has a {@code
 * Location}, in either binding: the location of a resource created under the request's path.
 */
public final class CreatedLocations {

  private CreatedLocations() {}

  /**
   * The head of {@code locationOf}, which returns a {@code returns} from {@code request}, the
   * framework's {@code request} type, and {@code id}, linked as {@code publicLinks} links.
   */
  public static MethodSpec.Builder locationOf(
      TypeName returns, ClassName request, ClassName publicLinks) {
    return Members.publicStatic("locationOf", returns)
        .addJavadoc(
            """
The location of a resource created under the request's path as the client sent it: the path
followed by {@code id}, encoded as one path segment, linked as {@link $T} links.
""",
            publicLinks)
        .addParameter(request, "request")
        .addParameter(Object.class, "id");
  }
}
