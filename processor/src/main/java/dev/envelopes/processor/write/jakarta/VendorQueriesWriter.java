package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorQueryErrors;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Renders the checks of the query parameters a vendor method receives. */
record VendorQueriesWriter(GeneratedNames names) {

  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);

  /** The checks of the query parameters a vendor method receives. */
  TypeSpec render() {
    ClassName self = names.vendorQueries();
    ClassName responses = names.vendorResponses();
    return Members.supportClass(self)
        .addJavadoc(VendorQueryErrors.checksJavadoc("method before the method runs"))
        .addField(
            SupportMembers.requestProperty(
                self,
                Modifier.PRIVATE,
                "INCLUDED",
                ".included",
                "holds what {@link #included} parsed"))
        .addMethod(Members.privateConstructor())
        .addMethod(
            Members.publicStatic("check", TypeName.BOOLEAN)
                .addJavadoc(
                    """
Whether the request's query is one the method takes; if not, the request is aborted with an
error for each parameter at fault.

@param request the request
@param parameters the query parameters the method takes
@param views the views it offers, {@code default} among them, or none when it declares none
@param includes the related records it can side-load
""")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(STRING_SET, "parameters")
                .addParameter(STRING_SET, "views")
                .addParameter(STRING_SET, "includes")
                .addStatement(SupportMembers.readQuery())
                .addStatement(
                    "$T.Problems problems = $T.problems(query.keySet(), query.getOrDefault($S,"
                        + " $T.of()),\n"
                        + "includes.isEmpty() ? $T.of() : included(request), parameters, views,"
                        + " includes)",
                    RuntimeTypes.VENDOR_QUERY_CHECK,
                    RuntimeTypes.VENDOR_QUERY_CHECK,
                    VendorConvention.VIEW,
                    List.class,
                    Set.class)
                .beginControlFlow("if (problems == null)")
                .addStatement("return true")
                .endControlFlow()
                .addStatement(SupportMembers.newList("errors", names.vendorErrorDetail()))
                .beginControlFlow(
                    "for ($T.Problem problem : problems.listed())", RuntimeTypes.VENDOR_QUERY_CHECK)
                .addStatement(
                    "errors.add($T.detail(problem.code(), problem.message(), problem.attribute()))",
                    responses)
                .endControlFlow()
                .addStatement(
                    "request.abortWith($T.error(400, $T.listed(errors, problems.total(),"
                        + " $T::more)))",
                    responses,
                    RuntimeTypes.ERROR_BOUNDS,
                    responses)
                .addStatement("return false")
                .build())
        .addMethod(
            Members.publicStatic("included", STRING_SET)
                .addJavadoc(
                    """
The related records the request asks for: every {@code $L} parameter, split at commas.
""",
                    VendorConvention.INCLUDE)
                .addJavadoc(
                    """
They are read once per request, by the check and again by the answer, and so parsed once.
""")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .beginControlFlow(
                    "if (request.getProperty(INCLUDED) instanceof $T parsed)",
                    self.nestedClass("Included"))
                .addStatement("return parsed.names()")
                .endControlFlow()
                .addStatement(
                    "$T names = $T.names(request.getUriInfo().getQueryParameters().get($S))",
                    STRING_SET,
                    RuntimeTypes.INCLUDE_PARAMETER,
                    VendorConvention.INCLUDE)
                .addStatement(
                    "request.setProperty(INCLUDED, new $T(names))", self.nestedClass("Included"))
                .addStatement("return names")
                .build())
        .addType(
            Members.privateRecord(
                self.nestedClass("Included"),
                """
                The related records a request asks for, kept on the request once parsed.

                @param names their names
                """,
                List.of(STRING_SET),
                List.of("names")))
        .build();
  }
}
