package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.ErrorMethod;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingClasses;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.StatusErrorBodies;
import dev.envelopes.processor.write.StatusFailureAnswers;
import dev.envelopes.processor.write.UndeclaredErrors;
import dev.envelopes.processor.write.json.StatusSupportRecords;
import java.util.List;

/**
 * Renders what every resource in the status envelope shares on Jakarta REST: the builder of
 * answers, and the reader of {@code page} and {@code per_page}; their records come from {@link
 * StatusSupportRecords}.
 */
final class StatusSupportWriter {

  private static final String JSON = "$T.APPLICATION_JSON_TYPE";

  private StatusSupportWriter() {}

  static TypeSpec responses(GeneratedNames names) {
    ClassName self = names.statusResponses();
    return ResponsesWriter.plainMessageResponses(
            self,
            StatusConvention.INTERNAL_ERROR_MESSAGE,
            """
Builds the answers of the status envelope: {@code success} from the resource method's value,
{@link $T} for input that does not validate, {@link $T} for every other error.
""",
            names.statusFailure(),
            names.statusError())
        .addMethods(
            ResponsesWriter.answerWithStatus(
                CodeBlock.of("$T.APPLICATION_JSON_TYPE", LibraryTypes.MEDIA_TYPE), "as JSON"))
        .addMethod(ResponsesWriter.locationOf(names))
        .addMethod(ResponsesWriter.answerNullResult(self))
        .addMethod(
            ErrorMethod.status()
                .head(LibraryTypes.RESPONSE)
                .addStatement(
                    "return $T.status(status).type("
                        + JSON
                        + ").entity(new $T($S, message,"
                        + " $T.of(), code)).build()",
                    LibraryTypes.RESPONSE,
                    LibraryTypes.MEDIA_TYPE,
                    names.statusError(),
                    "error",
                    List.class)
                .build())
        .addMethods(
            StatusFailureAnswers.methods(
                names,
                LibraryTypes.RESPONSE,
                (status, body) ->
                    CodeBlock.of(
                        "return $T.status($L).type(" + JSON + ").entity($L).build()",
                        LibraryTypes.RESPONSE,
                        status,
                        LibraryTypes.MEDIA_TYPE,
                        body)))
        .addMethods(UndeclaredErrors.status(LibraryTypes.RESPONSE, fromFramework()))
        .build();
  }

  /** Answers the framework's own errors in the {@code error} envelope, their statuses kept. */
  private static MethodSpec fromFramework() {
    return SupportMembers.fromFramework(
        """
The {@code error} answer to an error the framework raised, such as a 404 for a path no resource
matches: its status and headers are kept, its message is not shown. A response that is no error,
or that already has a body, is returned as it is.
""",
        CodeBlock.builder()
            .addStatement(
                "$T error = error(response.getStatus(),"
                    + " frameworkMessage(response.getStatus()), null)",
                LibraryTypes.RESPONSE)
            .build(),
        "",
        CodeBlock.of(JSON, LibraryTypes.MEDIA_TYPE));
  }

  static TypeSpec paging(GeneratedNames names) {
    ClassName self = names.statusPaging();
    ClassName window = PageChecks.window(self);
    return PageChecks.pagingClass(
            self,
            """
Page paging in the status envelope: checks the {@code $L} and {@code $L} query parameters
before a paged resource method runs, and builds the {@code pagination} of its answer.

$L\
""",
            StatusConvention.PAGE,
            StatusConvention.PER_PAGE,
            PagingClasses.statusRules("@DefaultValue", "resource method"))
        .addMethod(
            PageChecks.read(
                    """
Checks the request's page and per_page and keeps them for {@link #pagination}, or aborts the
request with a 422 failure that names each parameter at fault.
""",
                    new PageChecks.Parameter(
                        TypeName.LONG,
                        "maxPage",
                        "the largest page the resource method's parameter can take"),
                    new PageChecks.Parameter(
                        TypeName.INT,
                        "defaultPerPage",
                        "the page size of a request that gives none"),
                    new PageChecks.Parameter(
                        TypeName.INT, "maxPerPage", "the largest page size a request may ask for"))
                .addStatement(PageChecks.number("page", StatusConvention.PAGE, 1, 1, "maxPage"))
                .addStatement(
                    PageChecks.number(
                        "perPage", StatusConvention.PER_PAGE, "defaultPerPage", 1, "maxPerPage"))
                .addStatement(SupportMembers.newList("errors", names.statusAttributeErrors()))
                .addCode(
                    PageChecks.ifInvalid(
                        "page",
                        StatusErrorBodies.pagingError(names, StatusConvention.PAGE, "maxPage")))
                .addCode(
                    PageChecks.ifInvalid(
                        "perPage",
                        StatusErrorBodies.pagingError(
                            names, StatusConvention.PER_PAGE, "maxPerPage")))
                .addCode(
                    PageChecks.keepOrAbort(
                        "errors",
                        CodeBlock.of("new $T(page, (int) perPage)", window),
                        CodeBlock.of(
                            "$T.failure($S, errors, null)",
                            names.statusResponses(),
                            StatusConvention.FAILURE_MESSAGE)))
                .build())
        .addMethod(
            PagingMethods.statusPagination(
                LibraryTypes.REQUEST_CONTEXT, PageChecks.checkedPage(window)))
        .addType(PageWindows.status(window))
        .build();
  }
}
