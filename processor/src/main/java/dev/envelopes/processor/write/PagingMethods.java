package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

/**
 * The methods of the paging support classes that every binding's endpoints call alike, with the
 * framework's types passed in: the head of each (name, javadoc, parameters), and the body where
 * only how the checked page is found differs.
 */
public final class PagingMethods {

  private PagingMethods() {}

  /**
   * The vendor style's {@code link(request, response, size, total, ...)}, which adds the {@code
   * Link} to the next page, up to the page's size and total; the binding adds what it links with.
   */
  public static MethodSpec.Builder vendorLink(TypeName request, TypeName response) {
    return Members.publicStatic("link")
        .addParameter(request, "request")
        .addParameter(response, "response")
        .addParameter(TypeName.INT, "size")
        .addParameter(TypeName.LONG, "total");
  }

  /**
   * The status style's {@code pagination(request, total)}, of the page the request asked for;
   * {@code checkedPage} declares that page, {@code page}, as the binding keeps it.
   */
  public static MethodSpec statusPagination(TypeName request, CodeBlock checkedPage) {
    return Members.publicStatic("pagination", RuntimeTypes.PAGE_TOTALS)
        .addJavadoc(
            """
The {@code pagination} of the page the request asked for, in a result of {@code total} records.
""")
        .addParameter(request, "request")
        .addParameter(TypeName.LONG, "total")
        .addStatement(checkedPage)
        .addStatement("return $T.of(total, page.page(), page.perPage())", RuntimeTypes.PAGE_TOTALS)
        .build();
  }

  /** The bare style's {@code next(request, size, total, cursorKey)}, the next page's cursor. */
  public static MethodSpec.Builder bareCursor(TypeName request, TypeName cursorKey) {
    return Members.publicStatic("next", ClassName.get(String.class))
        .addJavadoc(
            """
The cursor of the page after the one the request asked for, which holds {@code size} of
{@code total} records; {@code null} when it is the last page. It is signed for the request's filters.
""")
        .addParameter(request, "request")
        .addParameter(TypeName.INT, "size")
        .addParameter(TypeName.LONG, "total")
        .addParameter(cursorKey, "cursorKey");
  }

  /**
   * The meta style's {@code return PageLinks.around(...)}: the links around the checked page,
   * {@code page}, each built by {@code link}, code of {@code offset} and {@code limit} that each
   * binding writes with what its requests give.
   */
  public static CodeBlock pageLinks(String link) {
    return CodeBlock.of(
        "return $T.around(page.offset(), page.limit(), total, page.maxOffset(),\n"
            + "(offset, limit) -> $L)",
        RuntimeTypes.PAGE_LINKS,
        link);
  }
}
