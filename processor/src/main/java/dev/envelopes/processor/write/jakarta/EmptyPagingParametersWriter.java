package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.QueryConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import java.net.URI;
import java.util.SortedSet;

/**
 * Renders the pre-matching filter that drops the paging parameters a request gives once and empty,
 * which the styles take as absent: the runtime then gives the resource method the parameter's
 * default on every runtime, where the specification would answer 404 to an empty number.
 */
final class EmptyPagingParametersWriter {

  private EmptyPagingParametersWriter() {}

  static TypeSpec render(GeneratedNames names, SortedSet<String> pagingParameters) {
    return SupportMembers.preMatchingFilter(names.emptyPagingParameters())
        .addJavadoc(
            """
Drops the paging parameters a request gives once with an empty value before it is matched, as
{@link $T#withoutEmpty} describes: each style takes them as absent, and so the resource method
gets their default on every runtime. {@link $T} registers it.
""",
            RuntimeTypes.PAGE_QUERY,
            names.feature())
        .addField(QueryConstants.pagingParameters(pagingParameters))
        .addMethod(
            SupportMembers.requestFilter()
                .addStatement("$T requested = $T.current(request)", URI.class, names.requestUris())
                .addStatement(
                    "$T kept = $T.withoutEmpty(requested, PAGING_PARAMETERS)",
                    URI.class,
                    RuntimeTypes.PAGE_QUERY)
                .beginControlFlow("if (kept != requested)")
                .addStatement("$T.rewrite(request, kept)", names.requestUris())
                .endControlFlow()
                .build())
        .build();
  }
}
