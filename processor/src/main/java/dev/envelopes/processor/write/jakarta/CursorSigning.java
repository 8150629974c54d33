package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the endpoints paged by signed cursor (the bare and vendor styles) share: the application's
 * {@code CursorKey}, handed to each endpoint's filter when Jakarta REST configures it, and the
 * reading of the cursor parameter with it.
 */
final class CursorSigning {

  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);

  private CursorSigning() {}

  /** Whether the endpoint pages by a signed cursor, and so needs the key. */
  static boolean signsCursors(EndpointModel endpoint) {
    return endpoint.paging().isPresent() && Conventions.of(endpoint.style()).pagesBySignedCursor();
  }

  /**
   * The key the application configured, read from the feature context at startup, for the
   * endpoint's cursors only.
   */
  static CodeBlock configuredKey(ResourceModel resource, EndpointModel endpoint) {
    return CodeBlock.of(
        "$T.forEndpoint(context.getConfiguration()::getProperty, $S)",
        LibraryTypes.CURSOR_KEY,
        resource.type().canonicalName() + "." + endpoint.name());
  }

  /** The endpoint's field that holds the key. */
  static FieldSpec keyField() {
    return FieldSpec.builder(LibraryTypes.CURSOR_KEY, "cursorKey", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("Signs the cursors of the answers and checks those of the requests.\n")
        .build();
  }

  /** The endpoint's constructor, which takes the key. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(LibraryTypes.CURSOR_KEY, "cursorKey")
        .addStatement("this.cursorKey = cursorKey")
        .build();
  }

  /** Reads the request's cursor: the first page when absent, {@code null} when it is refused. */
  static MethodSpec open() {
    return MethodSpec.methodBuilder("cursor")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.CURSOR)
        .addJavadoc(
            "The cursor of the request: the first page when the parameter is absent or empty,"
                + " {@code null}\nwhen it is given twice or is not a cursor {@code cursorKey}"
                + " signed for the same path\nparameters and filters, or it expired.\n")
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(LibraryTypes.CURSOR_KEY, "cursorKey")
        .addStatement(SupportMembers.readQuery())
        .addStatement("$T values = query.get($S)", STRINGS, "cursor")
        .beginControlFlow("if (values == null || values.isEmpty())")
        .addStatement("return $T.FIRST", LibraryTypes.CURSOR)
        .endControlFlow()
        .beginControlFlow("if (values.size() > 1)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement(
            "return cursorKey.open(values.get(0), request.getUriInfo().getPathParameters(), query)")
        .nextControlFlow("catch ($T notACursor)", IllegalArgumentException.class)
        .addStatement("return null")
        .endControlFlow()
        .build();
  }
}
