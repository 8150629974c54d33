package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.write.RuntimeTypes;

/**
 * What the endpoints paged by signed cursor (the bare and vendor styles) share: the application's
 * {@code CursorKey}, handed to each endpoint's filter when Jakarta REST configures it, and the
 * reading of the cursor parameter with it.
 */
final class CursorSigning {

  private CursorSigning() {}

  /** Whether the endpoint pages by a signed cursor, and so needs the key. */
  static boolean signsCursors(EndpointModel endpoint) {
    return endpoint.paging().isPresent() && Conventions.of(endpoint.style()).pagesBySignedCursor();
  }

  /** The endpoint's constructor, which takes the key. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(RuntimeTypes.CURSOR_KEY, "cursorKey")
        .addStatement("this.cursorKey = cursorKey")
        .build();
  }

  /**
   * {@code cursor = the request's cursor}: the first page when absent, {@code null} when it is
   * refused; {@code query} is read already.
   */
  static CodeBlock readCursor() {
    return CodeBlock.of(
        "$T cursor = $T.cursor(cursorKey, request.getUriInfo().getPathParameters(), query)",
        RuntimeTypes.CURSOR,
        RuntimeTypes.PAGE_QUERY);
  }

  /** {@code problem} when the request's cursor was refused. */
  static CodeBlock ifRefused(CodeBlock problem) {
    return CodeBlock.builder()
        .beginControlFlow("if (cursor == null)")
        .addStatement(problem)
        .endControlFlow()
        .build();
  }

  /**
   * The cursor of the page after the checked {@code page}, which holds {@code size} of {@code
   * total} records, signed for the request's filters; {@code null} after the last page. {@code
   * start} is the component of the page that says where it starts.
   */
  static CodeBlock nextCursor(String start) {
    return CodeBlock.of(
        "cursorKey.sealNext(page.$N(), size, total, request.getUriInfo().getPathParameters(),\n"
            + "request.getUriInfo().getQueryParameters())",
        start);
  }
}
