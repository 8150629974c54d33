package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.BareFrameworkErrors;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.UndeclaredErrors;
import dev.envelopes.processor.write.json.SharedRecordsWriter;

/**
 * Renders what every resource in the bare style shares: the builder of answers, and the reader of
 * cursor and limit; the error body is {@link SharedRecordsWriter#bareError}.
 */
final class BareSupportWriter {

  private BareSupportWriter() {}

  static TypeSpec responses(GeneratedNames names) {
    ClassName self = names.bareResponses();
    return ResponsesWriter.plainMessageResponses(
            self,
            BareConvention.INTERNAL_ERROR_MESSAGE,
            """
Builds the answers of the bare style: a method's value as it is on success, and {@link $T} on
error.
""",
            names.bareError())
        .addMethod(
            Members.publicStatic("answer")
                .addJavadoc("Answers 200 with {@code body} as JSON.\n")
                .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
                .addParameter(Object.class, "body")
                .addStatement("response.setStatus(200)")
                .addCode(ResponsesWriter.setEntity("body", ResponsesWriter.JSON))
                .build())
        .addMethod(
            Members.publicStatic("answerEmpty")
                .addJavadoc(
                    "Answers 200 with an empty body: an update, a delete or a process action.\n")
                .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
                .addStatement("response.setStatus(200)")
                .addStatement("response.setEntity(null)")
                .build())
        .addMethod(
            Members.publicStatic("answerNoContent")
                .addJavadoc("Answers 204 No Content: the query found nothing.\n")
                .addParameter(LibraryTypes.RESPONSE_CONTEXT, "response")
                .addStatement("response.setStatus(204)")
                .addStatement("response.setEntity(null)")
                .addStatement(
                    "response.getHeaders().remove($T.CONTENT_TYPE)", LibraryTypes.HTTP_HEADERS)
                .build())
        .addMethod(ResponsesWriter.answerNullResult(self))
        .addMethod(
            ErrorMethod.bare()
                .head(LibraryTypes.RESPONSE)
                .addStatement(
                    "return $T.status(status).type($T.APPLICATION_JSON_TYPE).entity(new $T(code,"
                        + " message)).build()",
                    LibraryTypes.RESPONSE,
                    LibraryTypes.MEDIA_TYPE,
                    names.bareError())
                .build())
        .addMethods(UndeclaredErrors.bare(LibraryTypes.RESPONSE, fromFramework()))
        .build();
  }

  /** Answers the framework's own errors with the document's codes and their statuses. */
  private static MethodSpec fromFramework() {
    return SupportMembers.fromFramework(
        """
The answer to an error the framework raised, such as a 404 for a path no resource matches: the
document's code for its status, with that code's status, and the framework's headers; its
message is not shown. A response that is no error, or that already has a body, is returned as
it is.
""",
        CodeBlock.builder()
            .add(BareFrameworkErrors.statusAndCode(CodeBlock.of("response.getStatus()")))
            .addStatement(
                "$T error = error(status, code, frameworkMessage(response.getStatus()))",
                LibraryTypes.RESPONSE)
            .build(),
        ".status(status)",
        CodeBlock.of("$T.APPLICATION_JSON_TYPE", LibraryTypes.MEDIA_TYPE));
  }

  static TypeSpec paging(GeneratedNames names) {
    ClassName self = names.barePaging();
    ClassName window = PageChecks.window(self);
    return PageChecks.pagingClass(
            self,
            """
Cursor paging in the bare style: checks the {@code $L} and {@code $L} query parameters before a
paged resource method runs, and makes the cursor of the next page for its answer.

<p>An absent or empty parameter takes its default: the first page, and the limit parameter's
{@code @DefaultValue}. A cursor must be one an earlier answer gave to a request with the same
filters, as its signature shows ({@link $T}); a limit a plain whole number ({@code 0-9}, at most
19 digits) in range; each given once. Otherwise the request is answered with
a 400 {@code VALIDATION_ERROR} naming the parameter, and the resource method is not called.
""",
            BareConvention.CURSOR,
            BareConvention.LIMIT,
            RuntimeTypes.CURSOR_KEY)
        .addMethod(
            PageChecks.read(
                    """
Checks the request's cursor and limit and keeps them for {@link #next}, or aborts the request
with a 400 that names each parameter at fault.
""",
                    PageChecks.DEFAULT_LIMIT,
                    PageChecks.MAX_LIMIT,
                    PageChecks.CURSOR_KEY)
                .addStatement(CursorSigning.readCursor())
                .addStatement(
                    PageChecks.number("limit", BareConvention.LIMIT, "defaultLimit", 1, "maxLimit"))
                .addStatement(SupportMembers.newList("problems", ClassName.get(String.class)))
                .addCode(
                    CursorSigning.ifRefused(
                        CodeBlock.of("problems.add($S)", BareConvention.CURSOR_PROBLEM)))
                .addCode(
                    PageChecks.ifInvalid(
                        "limit",
                        CodeBlock.of("problems.add($S + maxLimit)", BareConvention.LIMIT_PROBLEM)))
                .addCode(
                    PageChecks.keepOrAbort(
                        "problems",
                        CodeBlock.of("new $T(cursor.offset(), (int) limit)", window),
                        CodeBlock.of(
                            "$T.error(400, $S, $T.join($S, problems))",
                            names.bareResponses(),
                            "VALIDATION_ERROR",
                            String.class,
                            "; ")))
                .build())
        .addMethod(
            PagingMethods.bareCursor(LibraryTypes.REQUEST_CONTEXT, RuntimeTypes.CURSOR_KEY)
                .addStatement(PageChecks.checkedPage(window))
                .addStatement("return $L", CursorSigning.nextCursor("offset"))
                .build())
        .addType(PageWindows.bare(window))
        .build();
  }
}
