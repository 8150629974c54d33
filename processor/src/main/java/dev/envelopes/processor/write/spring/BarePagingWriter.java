package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.PageQueryChecks;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the Spring MVC {@code BarePaging}: the cursor and limit checks of a paged handler method
 * in the bare style, before Spring converts its parameters, and the signed cursor of the next page
 * for its answer, as the Jakarta REST {@code BarePaging} checks and signs them.
 */
final class BarePagingWriter {

  private BarePagingWriter() {}

  static TypeSpec render(SpringNames springNames) {
    GeneratedNames names = springNames.shared();
    ClassName self = names.barePaging();
    ClassName window = self.nestedClass("Window");
    return PagingMembers.pagingClass(
            self,
            """
Cursor paging in the bare style on Spring MVC: checks the {@code $L} and {@code $L} query
parameters before a paged handler method runs (before Spring converts them to its parameters),
and makes the cursor of the next page for its answer.

<p>An absent or empty parameter takes its default: the first page, and the limit parameter's
{@code defaultValue}. A cursor must be one an earlier answer gave to a request with the same
filters, as its signature shows ({@link $T}); a limit a plain whole number ({@code 0-9}, at most
19 digits) in range; each given once. Otherwise the request is answered with a 400
{@code VALIDATION_ERROR} naming the parameter, and the handler method is not called.
""",
            BareConvention.CURSOR,
            BareConvention.LIMIT,
            RuntimeTypes.CURSOR_KEY)
        .addMethod(read(springNames, window))
        .addMethod(
            PagingMethods.bareCursor(SpringTypes.REQUEST, RuntimeTypes.CURSOR_KEY)
                .addStatement("$T page = ($T) request.getAttribute(PAGE)", window, window)
                .addStatement("return $L", SpringCursorKeys.nextCursor("offset"))
                .build())
        .addMethods(SpringCursorKeys.parameterReaders())
        .addType(PageWindows.bare(window))
        .build();
  }

  private static MethodSpec read(SpringNames springNames, ClassName window) {
    ClassName responses = springNames.shared().bareResponses();
    return PagingMembers.read(
            """
Checks the request's cursor and limit and keeps them for {@link #next}, or refuses the request
with a 400 that names each parameter at fault.
""",
            springNames.refusal(),
            400)
        .addParameter(TypeName.INT, "defaultLimit")
        .addParameter(TypeName.INT, "maxLimit")
        .addParameter(RuntimeTypes.CURSOR_KEY, "cursorKey")
        .addStatement(SpringCursorKeys.readQuery())
        .addStatement(SpringCursorKeys.readCursor())
        .addStatement(PagingMembers.cursorLimit(BareConvention.LIMIT))
        .addStatement(
            "$T problems = new $T<>()",
            ParameterizedTypeName.get(List.class, String.class),
            ArrayList.class)
        .beginControlFlow("if (cursor == null)")
        .addStatement("problems.add($S)", BareConvention.CURSOR_PROBLEM)
        .endControlFlow()
        .addCode(
            PageQueryChecks.ifInvalid(
                "limit", CodeBlock.of("problems.add($S + maxLimit)", BareConvention.LIMIT_PROBLEM)))
        .beginControlFlow("if (!problems.isEmpty())")
        .addStatement(
            "throw new $T($T.error(400, $S, $T.join($S, problems)))",
            springNames.refusal(),
            responses,
            "VALIDATION_ERROR",
            String.class,
            "; ")
        .endControlFlow()
        .addStatement("request.setAttribute(PAGE, new $T(cursor.offset(), (int) limit))", window)
        .build();
  }
}
