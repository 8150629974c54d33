package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code MetaPaging} and {@code PublicLinks} for Spring MVC: the offset and limit checks of
 * a paged handler method, the {@code pagination} links of its answer, and how every link is made
 * from the configured base rather than the request's {@code Host}.
 */
final class MetaPagingWriter {

  private MetaPagingWriter() {}

  static TypeSpec paging(SpringNames springNames, StatusTable statuses) {
    GeneratedNames names = springNames.shared();
    ClassName self = names.paging();
    ClassName window = self.nestedClass("Window");
    String offset = MetaConvention.OFFSET;
    String limit = MetaConvention.LIMIT;
    return PagingMembers.pagingClass(
            self,
            """
Offset and limit paging in the meta envelope on Spring MVC: checks the {@code $L} and
{@code $L} query parameters before a paged handler method runs (before Spring converts them
to its parameters), and builds the {@code pagination} links of its answer.

<p>An absent or empty parameter takes its default: offset 0, and the limit parameter's
{@code defaultValue}. Any other value must be given once, as a plain whole number ({@code 0-9},
at most 19 digits) in range; otherwise the request is answered with a 400 whose details name the
parameter, and the handler method is not called.
""",
            offset,
            limit)
        .addMethod(read(springNames, statuses, window))
        .addMethod(PagingMembers.queryValues())
        .addMethod(pagination(names, window))
        .addMethod(
            Members.privateStatic("link")
                .returns(URI.class)
                .addParameter(SpringTypes.REQUEST, "request")
                .addParameter(window, "page")
                .addParameter(TypeName.LONG, "offset")
                .addParameter(TypeName.INT, "limit")
                .addParameter(names.publicLinks(), "links")
                .addStatement(
                    "return $T.create(links.link(request,"
                        + " page.linked().link($W$T.requestPath(request), request.getQueryString(),"
                        + " $S, offset, $S, limit)))",
                    URI.class,
                    names.publicLinks(),
                    offset,
                    limit)
                .build())
        .addType(PageWindows.meta(window, "A checked page.\n\n"))
        .build();
  }

  private static MethodSpec read(SpringNames springNames, StatusTable statuses, ClassName window) {
    GeneratedNames names = springNames.shared();
    TypeName problems = ParameterizedTypeName.get(ClassName.get(List.class), names.fieldError());
    return PagingMembers.read(
            """
Checks the request's offset and limit, and that the links can repeat its query, and keeps them
for {@link #pagination}, or refuses the request with a 400 that names each parameter at fault.
""",
            springNames.refusal(),
            400)
        .addParameters(PagingMembers.positionBounds("maxOffset", "defaultLimit", "maxLimit"))
        .addParameter(RuntimeTypes.LINK_QUERY, "linked")
        .addStatement(PagingMembers.number("offset", MetaConvention.OFFSET, 0, 0, "maxOffset"))
        .addStatement(
            PagingMembers.number("limit", MetaConvention.LIMIT, "defaultLimit", 1, "maxLimit"))
        .addStatement("$T problems = new $T<>()", problems, ArrayList.class)
        .beginControlFlow("if (offset == $T.INVALID)", RuntimeTypes.PAGE_QUERY)
        .addStatement(
            "problems.add(new $T($S, $S + maxOffset))",
            names.fieldError(),
            MetaConvention.OFFSET,
            PagingProblems.META_OFFSET)
        .endControlFlow()
        .beginControlFlow("if (limit == $T.INVALID)", RuntimeTypes.PAGE_QUERY)
        .addStatement(
            "problems.add(new $T($S, $S + maxLimit))",
            names.fieldError(),
            MetaConvention.LIMIT,
            PagingProblems.META_LIMIT)
        .endControlFlow()
        .addStatement(
            "linked.tooLong(request.getQueryString(), $S, $S)$W.ifPresent(name ->"
                + " problems.add(new $T(name, $T.TOO_LONG)))",
            MetaConvention.OFFSET,
            MetaConvention.LIMIT,
            names.fieldError(),
            RuntimeTypes.LINK_QUERY)
        .beginControlFlow("if (!problems.isEmpty())")
        .addStatement(
            "throw new $T($T.error($L, problems))",
            springNames.refusal(),
            names.responses(),
            statuses.constant(400))
        .endControlFlow()
        .addStatement(
            "request.setAttribute(PAGE, new $T(offset, (int) limit, maxOffset, linked))", window)
        .build();
  }

  private static MethodSpec pagination(GeneratedNames names, ClassName window) {
    return Members.publicStatic("pagination")
        .returns(RuntimeTypes.PAGE_LINKS)
        .addJavadoc(
            """
The {@code pagination} of the page the request asked for, in a result of {@code total} records;
{@code prev} never overlaps the page.
""")
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(TypeName.LONG, "total")
        .addParameter(names.publicLinks(), "links")
        .addStatement("$T page = ($T) request.getAttribute(PAGE)", window, window)
        .addStatement(PagingMethods.pageLinks("link(request, page, offset, limit, links)"))
        .build();
  }

  static TypeSpec publicLinks(GeneratedNames names) {
    ClassName self = names.publicLinks();
    ParameterSpec request = ParameterSpec.builder(SpringTypes.REQUEST, "request").build();
    return Members.supportClass(self)
        .addJavadoc(
            """
Makes the links of the answers ({@code pagination}, {@code Location}) as {@link $T}
describes: after the configured public base URI ({@code envelopes.links.base-uri} in the Spring
environment), a trusted proxy's, or relative to the server's root; never from the request's
{@code Host}.
""",
            RuntimeTypes.LINK_BASE)
        .addField(
            FieldSpec.builder(
                    String.class, "SENT_PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    """
The request attribute that holds the path the client sent, where a filter changed the request's
URI: the vendor style's, which takes the version prefix off for Spring MVC's mapping.
""")
                .initializer("$T.class.getName() + $S", self, ".sentPath")
                .build())
        .addField(RuntimeTypes.LINK_BASE, "base", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(Members.keepingConstructor(RuntimeTypes.LINK_BASE, "base"))
        .addMethod(
            MethodSpec.methodBuilder("link")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc(
                    """
The link to {@code target}, a path and query of this server as a client sends them, as an
answer to {@code request} gives it: the page links, the {@code Location}.
""")
                .addParameter(request)
                .addParameter(String.class, "target")
                .addStatement("return base.link(request.getScheme(), target, request::getHeader)")
                .build())
        .addMethod(
            Members.publicStatic("requestPath")
                .returns(String.class)
                .addJavadoc(
                    """
The path the client sent, percent-encoded: the request's URI, or the one before a filter took
a prefix off it ({@link #SENT_PATH}), so that a link keeps the prefix.
""")
                .addParameter(request)
                .addStatement(
                    "return request.getAttribute(SENT_PATH) instanceof $T sent ? sent :"
                        + " request.getRequestURI()",
                    String.class)
                .build())
        .build();
  }
}
