package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import javax.lang.model.element.Modifier;

/**
 * Renders the filters that guard headers the same way in every style: every answer says {@code
 * X-Content-Type-Options: nosniff}, and a request whose {@code Content-Type} or {@code Accept} the
 * framework cannot parse gets the style's 400 rather than the framework's empty one.
 */
final class HeadersWriter {

  /** The name of the filter that checks the request's headers, nested in the headers class. */
  static final String PARSABLE = "ParsableHeaders";

  /** The name of the filter that marks every answer, nested in the headers class. */
  static final String NO_SNIFF = "NoSniff";

  private HeadersWriter() {}

  static TypeSpec render(GeneratedNames names) {
    return Members.supportClass(names.headers())
        .addJavadoc(
            "The filters that guard headers in every style; {@link $T} registers them.\n",
            names.feature())
        .addMethod(Members.privateConstructor())
        .addType(parsable())
        .addType(noSniff())
        .build();
  }

  private static TypeSpec parsable() {
    return TypeSpec.classBuilder(PARSABLE)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            """
Refuses a request whose {@code Content-Type} or {@code Accept} header cannot be parsed, or whose
{@code Accept} gives a weight {@link $T} refuses, with a {@link $T}, which the exception mapper answers in the style. Without it, the framework finds
out while matching the request and answers an empty 400 that no mapper sees. It runs before
matching, ahead of the other filters, which may read these headers.
""",
            RuntimeTypes.QUALITY_VALUES,
            LibraryTypes.BAD_REQUEST)
        .addAnnotation(LibraryTypes.PRE_MATCHING)
        .addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addMethod(
            SupportMembers.requestFilter()
                .beginControlFlow("try")
                .addStatement("request.getMediaType()")
                .beginControlFlow(
                    "for ($T accepted : request.getAcceptableMediaTypes())",
                    LibraryTypes.MEDIA_TYPE)
                .addComment("Some runtimes keep a weight they cannot read, and fail on it later.")
                .beginControlFlow(
                    "if (!$T.isValid(accepted.getParameters().get($S)))",
                    RuntimeTypes.QUALITY_VALUES,
                    "q")
                .addStatement("throw new $T()", LibraryTypes.BAD_REQUEST)
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("catch ($T malformed)", RuntimeException.class)
                .addComment("Which exception a runtime throws for a bad header is its own choice.")
                .addStatement("throw new $T()", LibraryTypes.BAD_REQUEST)
                .endControlFlow()
                .build())
        .build();
  }

  private static TypeSpec noSniff() {
    return TypeSpec.classBuilder(NO_SNIFF)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            """
Marks every answer {@code X-Content-Type-Options: nosniff}, so that no browser reads an answer
that repeats the client's text as anything but its declared type.
""")
        .addSuperinterface(LibraryTypes.RESPONSE_FILTER)
        .addMethod(
            SupportMembers.responseFilter()
                .addStatement(
                    "response.getHeaders().putSingle($S, $S)", "X-Content-Type-Options", "nosniff")
                .build())
        .build();
  }

  /** The filter that checks the request's headers. */
  static ClassName parsable(GeneratedNames names) {
    return names.headers().nestedClass(PARSABLE);
  }

  /** The filter that marks every answer. */
  static ClassName noSniff(GeneratedNames names) {
    return names.headers().nestedClass(NO_SNIFF);
  }
}
