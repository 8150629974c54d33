package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.PagingProblems;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.RuntimeTypes;
import java.net.URI;

/**
 * Renders the pagination builder of the meta envelope: the checks of {@code offset} and {@code
 * limit}, and the arithmetic of the links to the neighbouring pages.
 */
final class PagingWriter {

  private PagingWriter() {}

  static TypeSpec render(GeneratedNames names, StatusTable statuses) {
    ClassName self = names.paging();
    ClassName window = PageChecks.window(self);
    return PageChecks.pagingClass(
            self,
            """
Offset and limit paging in the meta envelope: checks the {@code $L} and {@code $L} query
parameters before a paged resource method runs, and builds the {@code pagination} links of its
answer.

<p>An absent or empty parameter takes its default: offset 0, and the limit parameter's
{@code @DefaultValue}. Any other value must be given once, as a plain whole number ({@code 0-9},
at most 19 digits) in range; otherwise the request is answered with a 400 whose details name the
parameter, and the resource method is not called.
""",
            MetaConvention.OFFSET,
            MetaConvention.LIMIT)
        .addType(window(window))
        .addMethod(read(names, statuses, window))
        .addMethod(pagination(names, window))
        .addMethod(link(names, window))
        .build();
  }

  private static TypeSpec window(ClassName window) {
    return PageWindows.meta(
        window,
        """
A checked page: where it starts, how many records it holds at most, and the largest offset the
resource method's parameter can take.

""");
  }

  private static MethodSpec read(GeneratedNames names, StatusTable statuses, ClassName window) {
    return PageChecks.read(
            """
Checks the request's offset and limit, and that the links can repeat its query, and keeps them
for {@link #pagination}, or aborts the request with a 400 that names each parameter at
fault.
""",
            new PageChecks.Parameter(
                TypeName.LONG,
                "maxOffset",
                "the largest offset the resource method's parameter can take"),
            PageChecks.DEFAULT_LIMIT,
            PageChecks.MAX_LIMIT,
            new PageChecks.Parameter(
                RuntimeTypes.LINK_QUERY, "linked", "the query parameters the links repeat"))
        .addStatement(PageChecks.number("offset", MetaConvention.OFFSET, 0, 0, "maxOffset"))
        .addStatement(
            PageChecks.number("limit", MetaConvention.LIMIT, "defaultLimit", 1, "maxLimit"))
        .addStatement(SupportMembers.newList("problems", names.fieldError()))
        .addCode(
            PageChecks.ifInvalid(
                "offset",
                CodeBlock.of(
                    "problems.add(new $T($S, $S + maxOffset))",
                    names.fieldError(),
                    MetaConvention.OFFSET,
                    PagingProblems.META_OFFSET)))
        .addCode(
            PageChecks.ifInvalid(
                "limit",
                CodeBlock.of(
                    "problems.add(new $T($S, $S + maxLimit))",
                    names.fieldError(),
                    MetaConvention.LIMIT,
                    PagingProblems.META_LIMIT)))
        .addStatement(
            "linked.tooLong($T.sent(request), $S, $S)\n"
                + ".ifPresent(name -> problems.add(new $T(name, $T.TOO_LONG)))",
            names.requestUris(),
            MetaConvention.OFFSET,
            MetaConvention.LIMIT,
            names.fieldError(),
            RuntimeTypes.LINK_QUERY)
        .addCode(
            PageChecks.keepOrAbort(
                "problems",
                CodeBlock.of("new $T(offset, (int) limit, maxOffset, linked)", window),
                CodeBlock.of("$T.error($L, problems)", names.responses(), statuses.constant(400))))
        .build();
  }

  private static MethodSpec pagination(GeneratedNames names, ClassName window) {
    return Members.publicStatic("pagination", RuntimeTypes.PAGE_LINKS)
        .addJavadoc(
            """
The {@code pagination} of the page the request asked for, in a result of {@code total} records.
{@code next} follows the page with one of the same size; {@code prev} holds the records just
before it, up to the same size, and ends where the page starts, so the two never overlap: from
offset 5 with limit 20, {@code prev} asks for offset 0 and limit 5. Past the end of the result,
{@code prev} holds its last records.
""")
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(TypeName.LONG, "total")
        .addStatement(PageChecks.checkedPage(window))
        .addStatement(PagingMethods.pageLinks("link(request, page, offset, limit)"))
        .build();
  }

  private static MethodSpec link(GeneratedNames names, ClassName window) {
    return Members.privateStatic("link")
        .returns(URI.class)
        .addJavadoc(
            """
The URI the client sent ({@link $T#sent}) with the query parameters the page repeats, then
{@code offset} and {@code limit}, linked as {@link $T} links.
""",
            names.requestUris(),
            names.publicLinks())
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(window, "page")
        .addParameter(TypeName.LONG, "offset")
        .addParameter(TypeName.INT, "limit")
        .addStatement("$T sent = $T.sent(request)", URI.class, names.requestUris())
        .addStatement(
            "return $T.create($T.link(request, sent.getScheme(), page.linked().link(\n"
                + "sent.getRawPath(), sent.getRawQuery(), $S, offset, $S, limit)))",
            URI.class,
            names.publicLinks(),
            MetaConvention.OFFSET,
            MetaConvention.LIMIT)
        .build();
  }
}
