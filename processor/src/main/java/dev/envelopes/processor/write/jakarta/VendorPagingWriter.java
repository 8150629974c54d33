package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorQueryErrors;
import java.net.URI;

/** Renders cursor paging in the vendor style: the checks of cursor and limit, and the next link. */
record VendorPagingWriter(GeneratedNames names) {

  /** Cursor paging: the checks of cursor and limit, and the {@code Link} to the next page. */
  TypeSpec render() {
    ClassName self = names.vendorPaging();
    ClassName window = PageChecks.window(self);
    ClassName responses = names.vendorResponses();
    return PageChecks.pagingClass(
            self,
            """
Cursor paging in the vendor style: checks the {@code $L} and {@code $L} query parameters before a
paged resource method runs, and links its answer to the next page in a {@code Link} header.

<p>{@code $L} is opaque: the first page when absent or empty, else a cursor an earlier answer
gave to a request with the same filters, as its signature shows ({@link $T}). {@code $L} is the
page size, the method's {@code @DefaultValue} when absent or empty, else a plain whole number in
range. Each is given at most once; otherwise the request is answered with an {@code
invalid_attribute} error naming the parameter, and the method is not called.
""",
            VendorConvention.CURSOR,
            VendorConvention.LIMIT,
            VendorConvention.CURSOR,
            RuntimeTypes.CURSOR_KEY,
            VendorConvention.LIMIT)
        .addMethod(
            PageChecks.read(
                    """
Checks the request's cursor and limit and keeps them for {@link #link}, or aborts the request
with an error for each parameter at fault.
""",
                    PageChecks.DEFAULT_LIMIT,
                    PageChecks.MAX_LIMIT,
                    PageChecks.CURSOR_KEY,
                    new PageChecks.Parameter(
                        RuntimeTypes.LINK_QUERY, "linked", "the query parameters the link repeats"))
                .addStatement(CursorSigning.readCursor())
                .addStatement(
                    PageChecks.number(
                        "limit", VendorConvention.LIMIT, "defaultLimit", 1, "maxLimit"))
                .addStatement(SupportMembers.newList("errors", names.vendorErrorDetail()))
                .addCode(CursorSigning.ifRefused(VendorQueryErrors.cursorRefused(responses)))
                .addCode(PageChecks.ifInvalid("limit", VendorQueryErrors.limitRefused(responses)))
                .addStatement(
                    VendorQueryErrors.linkTooLong(
                        CodeBlock.of("$T.sent(request)", names.requestUris()), responses))
                .addCode(
                    PageChecks.keepOrAbort(
                        "errors",
                        CodeBlock.of("new $T(cursor.offset(), (int) limit, linked)", window),
                        CodeBlock.of("$T.error(400, errors)", responses)))
                .build())
        .addMethod(
            PagingMethods.vendorLink(LibraryTypes.REQUEST_CONTEXT, LibraryTypes.RESPONSE_CONTEXT)
                .addJavadoc(
                    """
Adds the {@code Link} to the page after the one the request asked for, which holds {@code size}
of {@code total} records; the last page gets none. The link is the URI the client sent, with
the parameters the method takes as sent, then its cursor moved on, signed for them,
and its limit.
""")
                .addParameter(RuntimeTypes.CURSOR_KEY, "cursorKey")
                .addStatement(PageChecks.checkedPage(window))
                .addStatement("$T cursor = $L", String.class, CursorSigning.nextCursor("cursor"))
                .beginControlFlow("if (cursor == null)")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T sent = $T.sent(request)", URI.class, names.requestUris())
                .addStatement(
                    "$T next = page.linked().link(sent.getRawPath(), sent.getRawQuery(),\n"
                        + "$S, cursor, $S, page.limit())",
                    String.class,
                    VendorConvention.CURSOR,
                    VendorConvention.LIMIT)
                .addComment("Written as text, so that no runtime resolves it against the request.")
                .addStatement(
                    "response.getHeaders().add($T.LINK, $S + $T.link(request, sent.getScheme(),"
                        + " next) + $S)",
                    LibraryTypes.HTTP_HEADERS,
                    "<",
                    names.publicLinks(),
                    ">; rel=\"next\"")
                .build())
        .addType(PageWindows.vendor(window))
        .build();
  }
}
