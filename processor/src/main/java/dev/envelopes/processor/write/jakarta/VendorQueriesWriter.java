package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/** Renders the checks of the query parameters a vendor method receives. */
final class VendorQueriesWriter {

  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);

  private final GeneratedNames names;

  VendorQueriesWriter(GeneratedNames names) {
    this.names = names;
  }

  /** The checks of the query parameters a vendor method receives. */
  TypeSpec render() {
    ClassName self = names.vendorQueries();
    ClassName responses = names.vendorResponses();
    return SupportMembers.supportClass(self)
        .addJavadoc(
            "Checks the query of a request to a vendor method before the method runs: every"
                + " parameter must be\none the method takes ({@code unsupported_param}"
                + " otherwise), the {@code $L} one it offers, and each\n{@code $L} one it can"
                + " side-load ({@code invalid_attribute} otherwise).\n",
            VendorConvention.VIEW,
            VendorConvention.INCLUDE)
        .addField(
            FieldSpec.builder(
                    String.class, "INCLUDED", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The request property that holds what {@link #included} parsed.\n")
                .initializer("$T.class.getName() + $S", self, ".included")
                .build())
        .addMethod(SupportMembers.privateConstructor())
        .addMethod(
            SupportMembers.publicStatic("check")
                .returns(TypeName.BOOLEAN)
                .addJavadoc(
                    "Whether the request's query is one the method takes; if not, the request is"
                        + " aborted with an\nerror for each parameter at fault.\n\n"
                        + "@param request the request\n"
                        + "@param parameters the query parameters the method takes\n"
                        + "@param views the views it offers, {@code default} among them, or none"
                        + " when it declares none\n"
                        + "@param includes the related records it can side-load\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .addParameter(STRING_SET, "parameters")
                .addParameter(STRING_SET, "views")
                .addParameter(STRING_SET, "includes")
                .addStatement(SupportMembers.readQuery())
                .addStatement(
                    "$T chosen = query.getOrDefault($S, $T.of())",
                    STRINGS,
                    VendorConvention.VIEW,
                    List.class)
                .addComment(
                    "A good request, the usual one, is let through without allocating anything.")
                .beginControlFlow(
                    "if (parameters.containsAll(query.keySet())\n"
                        + "&& (views.isEmpty() || (chosen.size() <= 1 &&"
                        + " views.containsAll(chosen)))\n"
                        + "&& (includes.isEmpty() || includes.containsAll(included(request))))")
                .addStatement("return true")
                .endControlFlow()
                .addStatement(SupportMembers.newList("errors", names.vendorErrorDetail()))
                .addComment(
                    "Past the few errors an answer lists, the rest are only counted, however many.")
                .addStatement("int total = 0")
                .beginControlFlow("if (!parameters.containsAll(query.keySet()))")
                .beginControlFlow(
                    "for ($T name : new $T<>(query.keySet()))", String.class, TreeSet.class)
                .beginControlFlow(
                    "if (!parameters.contains(name) && $T.collects(total++))",
                    LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.name(name), name))",
                    responses,
                    "unsupported_param",
                    "param is not supported: ",
                    LibraryTypes.ERROR_BOUNDS)
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow(
                    "if (!views.isEmpty() && (chosen.size() > 1 || !views.containsAll(chosen)))")
                .addStatement("total++")
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.join($S, new $T<>(views)), $S))",
                    responses,
                    "invalid_attribute",
                    "view must be given at most once, as one of: ",
                    String.class,
                    ", ",
                    TreeSet.class,
                    VendorConvention.VIEW)
                .endControlFlow()
                .addComment("A method that side-loads nothing does not take the parameter at all.")
                .beginControlFlow(
                    "for ($T name : includes.isEmpty() ? $T.<$T>of() : included(request))",
                    String.class,
                    Set.class,
                    String.class)
                .beginControlFlow(
                    "if (!includes.contains(name) && $T.collects(total++))",
                    LibraryTypes.ERROR_BOUNDS)
                .addStatement(
                    "errors.add($T.detail($S, $S + $T.name(name) + $S + $T.join($S, new"
                        + " $T<>(includes)), $S))",
                    responses,
                    "invalid_attribute",
                    "include cannot side-load ",
                    LibraryTypes.ERROR_BOUNDS,
                    "; it can side-load: ",
                    String.class,
                    ", ",
                    TreeSet.class,
                    VendorConvention.INCLUDE)
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                    "request.abortWith($T.error(400, $T.listed(errors, total, $T::more)))",
                    responses,
                    LibraryTypes.ERROR_BOUNDS,
                    responses)
                .addStatement("return false")
                .build())
        .addMethod(
            SupportMembers.publicStatic("included")
                .returns(STRING_SET)
                .addJavadoc(
                    "The related records the request asks for: every {@code $L} parameter, split"
                        + " at commas.\n",
                    VendorConvention.INCLUDE)
                .addJavadoc(
                    "They are read once per request, by the check and again by the answer, and"
                        + " so parsed once.\n")
                .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
                .beginControlFlow(
                    "if (request.getProperty(INCLUDED) instanceof $T parsed)",
                    self.nestedClass("Included"))
                .addStatement("return parsed.names()")
                .endControlFlow()
                .addStatement("$T names = new $T<>()", STRING_SET, TreeSet.class)
                .addStatement(
                    "$T values = request.getUriInfo().getQueryParameters().get($S)",
                    STRINGS,
                    VendorConvention.INCLUDE)
                .beginControlFlow("if (values != null)")
                .beginControlFlow("for ($T value : values)", String.class)
                .beginControlFlow("for ($T name : value.split($S))", String.class, ",")
                .beginControlFlow("if (!name.isBlank())")
                .addStatement("names.add(name.trim())")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement(
                    "request.setProperty(INCLUDED, new $T(names))", self.nestedClass("Included"))
                .addStatement("return names")
                .build())
        .addType(
            SupportMembers.privateRecord(
                self.nestedClass("Included"),
                "The related records a request asks for, kept on the request once parsed.\n\n"
                    + "@param names their names\n",
                List.of(STRING_SET),
                List.of("names")))
        .build();
  }
}
