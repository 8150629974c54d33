package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.RuntimeTypes;
import java.net.URI;
import java.util.Set;
import java.util.SortedSet;
import javax.lang.model.element.Modifier;

/**
 * Renders the pre-matching filter that drops the paging parameters a request gives once and empty,
 * which the styles take as absent: the runtime then gives the resource method the parameter's
 * default on every runtime, where the specification would answer 404 to an empty number.
 */
final class EmptyPagingParametersWriter {

  private EmptyPagingParametersWriter() {}

  static TypeSpec render(GeneratedNames names, SortedSet<String> pagingParameters) {
    CodeBlock listed =
        pagingParameters.stream()
            .map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    return SupportMembers.preMatchingFilter(names.emptyPagingParameters())
        .addJavadoc(
            """
Drops the paging parameters a request gives once with an empty value before it is matched, as
{@link $T#withoutEmpty} describes: each style takes them as absent, and so the resource method
gets their default on every runtime. {@link $T} registers it.
""",
            RuntimeTypes.PAGE_QUERY,
            names.feature())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(Set.class, String.class),
                    "PAGING_PARAMETERS",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The query parameters the API's paged methods read their page from.\n")
                .initializer("$T.of($L)", Set.class, listed)
                .build())
        .addMethod(
            SupportMembers.requestFilter()
                .addStatement("$T requested = request.getUriInfo().getRequestUri()", URI.class)
                .addStatement(
                    "$T kept = $T.withoutEmpty(requested, PAGING_PARAMETERS)",
                    URI.class,
                    RuntimeTypes.PAGE_QUERY)
                .beginControlFlow("if (kept != requested)")
                .addStatement("request.setRequestUri(request.getUriInfo().getBaseUri(), kept)")
                .endControlFlow()
                .build())
        .build();
  }
}
