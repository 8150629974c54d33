package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.PageQueryChecks;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingClasses;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.StatusErrorBodies;
import dev.envelopes.processor.write.json.StatusSupportRecords;
import java.util.ArrayList;

/**
 * Renders {@code StatusPaging} for Spring MVC: the {@code page} and {@code per_page} checks of a
 * paged handler method, and the {@code pagination} of its answer. The Jakarta REST binding's class
 * of the same name does the same with JAX-RS types.
 */
final class StatusPagingWriter {

  private StatusPagingWriter() {}

  static TypeSpec render(SpringNames springNames) {
    GeneratedNames names = springNames.shared();
    ClassName self = names.statusPaging();
    ClassName window = self.nestedClass("Window");
    return PagingMembers.pagingClass(
            self,
            """
Page paging in the status envelope on Spring MVC: checks the {@code $L} and {@code $L} query
parameters before a paged handler method runs (before Spring converts them to its parameters),
and builds the {@code pagination} of its answer.

$L\
""",
            StatusConvention.PAGE,
            StatusConvention.PER_PAGE,
            PagingClasses.statusRules("defaultValue", "handler method"))
        .addMethod(read(springNames, window))
        .addMethod(PagingMembers.queryValues())
        .addMethod(
            PagingMethods.statusPagination(
                SpringTypes.REQUEST,
                CodeBlock.of("$T page = ($T) request.getAttribute(PAGE)", window, window)))
        .addType(PageWindows.status(window))
        .build();
  }

  private static MethodSpec read(SpringNames springNames, ClassName window) {
    GeneratedNames names = springNames.shared();
    return PagingMembers.read(
            """
Checks the request's page and per_page and keeps them for {@link #pagination}, or refuses the
request with a 422 failure that names each parameter at fault.
""",
            springNames.refusal(),
            422)
        .addParameters(PagingMembers.positionBounds("maxPage", "defaultPerPage", "maxPerPage"))
        .addStatement(PagingMembers.number("page", StatusConvention.PAGE, 1, 1, "maxPage"))
        .addStatement(
            PagingMembers.number(
                "perPage", StatusConvention.PER_PAGE, "defaultPerPage", 1, "maxPerPage"))
        .addStatement(
            "$T errors = new $T<>()", StatusSupportRecords.attributeList(names), ArrayList.class)
        .addCode(
            PageQueryChecks.ifInvalid(
                "page", StatusErrorBodies.pagingError(names, StatusConvention.PAGE, "maxPage")))
        .addCode(
            PageQueryChecks.ifInvalid(
                "perPage",
                StatusErrorBodies.pagingError(names, StatusConvention.PER_PAGE, "maxPerPage")))
        .beginControlFlow("if (!errors.isEmpty())")
        .addStatement(
            "throw new $T($T.failure($S, errors, null))",
            springNames.refusal(),
            names.statusResponses(),
            StatusConvention.FAILURE_MESSAGE)
        .endControlFlow()
        .addStatement("request.setAttribute(PAGE, new $T(page, (int) perPage))", window)
        .build();
  }
}
