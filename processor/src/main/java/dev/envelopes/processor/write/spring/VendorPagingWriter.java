package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.IncludeParameter;
import dev.envelopes.VendorQueryCheck;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PageQueryChecks;
import dev.envelopes.processor.write.PageWindows;
import dev.envelopes.processor.write.PagingMethods;
import dev.envelopes.processor.write.QueryConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.VendorQueryErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import javax.lang.model.element.Modifier;

/**
 * Renders the vendor style's checks of a request on Spring MVC, run before the handler method:
 * {@code VendorQueries}, the query parameters, view and includes it may name; {@code VendorPaging},
 * its cursor and limit, and the {@code Link} to the next page of its answer.
 */
record VendorPagingWriter(SpringNames springNames, SortedSet<String> pagingParameters) {

  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName QUERY =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), STRINGS);

  /**
   * The parameters of {@code check}, which {@code read} takes first: the request, and the query
   * parameters, views and related records its method takes.
   */
  private static final List<ParameterSpec> CHECKED =
      List.of(
          ParameterSpec.builder(SpringTypes.REQUEST, "request").build(),
          ParameterSpec.builder(STRING_SET, "parameters").build(),
          ParameterSpec.builder(STRING_SET, "views").build(),
          ParameterSpec.builder(STRING_SET, "includes").build());

  private GeneratedNames names() {
    return springNames.shared();
  }

  TypeSpec queries() {
    ClassName self = names().vendorQueries();
    ClassName included = self.nestedClass("Included");
    ClassName responses = names().vendorResponses();
    return Members.supportClass(self)
        .addJavadoc(VendorQueryErrors.checksJavadoc("handler method before it runs"))
        .addField(
            attribute(
                self,
                "QUERY",
                ".query",
                "The request attribute that holds what {@link #query} parsed.\n"))
        .addField(
            attribute(
                self,
                "INCLUDED",
                ".included",
                "The request attribute that holds what {@link #included} parsed.\n"))
        .addFields(
            pagingParameters.isEmpty()
                ? List.of()
                : List.of(QueryConstants.pagingParameters(pagingParameters)))
        .addMethod(Members.privateConstructor())
        .addMethod(
            Members.publicStatic("check")
                .addJavadoc(
                    """
Checks that the request's query is one the method takes.

@param request the request
@param parameters the query parameters the method takes
@param views the views it offers, {@code default} among them, or none when it declares none
@param includes the related records it can side-load
@throws $T with a 400 and an error for each parameter at fault
""",
                    springNames.refusal())
                .addParameters(CHECKED)
                .addStatement("$T query = query(request)", QUERY)
                .addStatement(
                    "$T.Problems problems = $T.problems(query.keySet(), query.getOrDefault($S,"
                        + " $T.of()),\n"
                        + "includes.isEmpty() ? $T.of() : included(request), parameters, views,"
                        + " includes)",
                    VendorQueryCheck.class,
                    VendorQueryCheck.class,
                    VendorConvention.VIEW,
                    List.class,
                    Set.class)
                .beginControlFlow("if (problems == null)")
                .addStatement("return")
                .endControlFlow()
                .addStatement(
                    "$T errors = new $T<>()",
                    ParameterizedTypeName.get(
                        ClassName.get(List.class), names().vendorErrorDetail()),
                    ArrayList.class)
                .beginControlFlow(
                    "for ($T.Problem problem : problems.listed())", VendorQueryCheck.class)
                .addStatement(
                    "errors.add($T.detail(problem.code(), problem.message(), problem.attribute()))",
                    responses)
                .endControlFlow()
                .addStatement(
                    "throw new $T($T.error(400, $T.listed(errors, problems.total(),"
                        + " $T::more)))",
                    springNames.refusal(),
                    responses,
                    RuntimeTypes.ERROR_BOUNDS,
                    responses)
                .build())
        .addMethod(
            Members.publicStatic("included")
                .returns(STRING_SET)
                .addJavadoc(
                    """
The related records the request asks for: every {@code $L} parameter, split at commas.
They are read once per request, by the check and again by the answer, and so parsed once.
""",
                    VendorConvention.INCLUDE)
                .addParameter(SpringTypes.REQUEST, "request")
                .beginControlFlow(
                    "if (request.getAttribute(INCLUDED) instanceof $T parsed)", included)
                .addStatement("return parsed.names()")
                .endControlFlow()
                .addStatement(
                    "$T names = $T.names(query(request).get($S))",
                    STRING_SET,
                    IncludeParameter.class,
                    VendorConvention.INCLUDE)
                .addStatement("request.setAttribute(INCLUDED, new $T(names))", included)
                .addStatement("return names")
                .build())
        .addMethod(query(self))
        .addMethod(
            Members.privateStatic("decoded")
                .returns(String.class)
                .addJavadoc(
                    """
{@code raw}, percent-decoded; a malformed escape refuses the request, as a server that
checks the request target does.
""")
                .addParameter(String.class, "raw")
                .beginControlFlow("try")
                .addStatement(
                    "return $T.decode(raw, $T.UTF_8)", URLDecoder.class, StandardCharsets.class)
                .nextControlFlow("catch ($T malformed)", IllegalArgumentException.class)
                .addStatement(
                    "throw new $T($T.fromFramework($T.BAD_REQUEST, $T.EMPTY))",
                    springNames.refusal(),
                    responses,
                    SpringTypes.HTTP_STATUS,
                    SpringTypes.HTTP_HEADERS)
                .endControlFlow()
                .build())
        .addType(
            Members.privateRecord(
                self.nestedClass("Query"),
                """
                The query of a request, kept on the request once parsed.

                @param parameters its parameters
                """,
                List.of(QUERY),
                List.of("parameters")))
        .addType(
            Members.privateRecord(
                included,
                """
                The related records a request asks for, kept on the request once parsed.

                @param names their names
                """,
                List.of(STRING_SET),
                List.of("names")))
        .build();
  }

  /**
   * {@code query(request)}: the query as the client sent it, decoded, read once per request. Read
   * from the request target rather than from the servlet's parameters, which hold a form body's too
   * and which the container may refuse to parse (too many, a malformed escape) by throwing.
   */
  private MethodSpec query(ClassName self) {
    ClassName parsed = self.nestedClass("Query");
    return MethodSpec.methodBuilder("query")
        .addModifiers(Modifier.STATIC)
        .returns(QUERY)
        .addJavadoc(
            """
The request's query parameters as it sent them, decoded, each name with its values in order; but
the API's paging parameters given once and empty, which mean the same as absent.
""")
        .addParameter(SpringTypes.REQUEST, "request")
        .beginControlFlow("if (request.getAttribute(QUERY) instanceof $T kept)", parsed)
        .addStatement("return kept.parameters()")
        .endControlFlow()
        .addStatement("$T query = new $T<>()", QUERY, LinkedHashMap.class)
        .addStatement("$T raw = request.getQueryString()", String.class)
        .beginControlFlow("if (raw != null)")
        .beginControlFlow("for ($T pair : raw.split($S))", String.class, "&")
        .beginControlFlow("if (pair.isEmpty())")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("int equals = pair.indexOf('=')")
        .addStatement(
            "$T name = decoded(equals < 0 ? pair : pair.substring(0, equals))", String.class)
        .addStatement(
            "query.computeIfAbsent(name, any -> new $T<>()).add(equals < 0 ? $S :"
                + " decoded(pair.substring(equals + 1)))",
            ArrayList.class,
            "")
        .endControlFlow()
        .endControlFlow()
        .addCode(withoutEmptyPagingParameters())
        .addStatement("request.setAttribute(QUERY, new $T(query))", parsed)
        .addStatement("return query")
        .build();
  }

  /**
   * Leaves out of {@code query} the API's paging parameters given once and empty, which mean absent:
   * the Jakarta REST binding drops them before matching, so that no endpoint of either refuses one.
   */
  private CodeBlock withoutEmptyPagingParameters() {
    return pagingParameters.isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("$T.withoutEmpty(query, PAGING_PARAMETERS);\n", RuntimeTypes.PAGE_QUERY);
  }

  TypeSpec paging() {
    ClassName self = names().vendorPaging();
    ClassName window = self.nestedClass("Window");
    ClassName responses = names().vendorResponses();
    ClassName links = names().publicLinks();
    MethodSpec read =
        Members.publicStatic("read")
            .addJavadoc(
                """
                Checks the request's query, cursor and limit, and keeps them for {@link #link}.

                @param cursorKey the key of the handler method's cursors, which its endpoint holds
                @param linked the query parameters the link repeats
                @throws $T with a 400 and an error for each parameter at fault
                """,
                springNames.refusal())
            .addParameters(CHECKED)
            .addParameter(TypeName.INT, "defaultLimit")
            .addParameter(TypeName.INT, "maxLimit")
            .addParameter(CursorKey.class, "cursorKey")
            .addParameter(RuntimeTypes.LINK_QUERY, "linked")
            .addStatement("$T.check(request, parameters, views, includes)", names().vendorQueries())
            .addStatement("$T query = $T.query(request)", QUERY, names().vendorQueries())
            .addStatement(
                "$T cursor = $T.cursor(cursorKey, pathParameters(request), query)",
                Cursor.class,
                RuntimeTypes.PAGE_QUERY)
            .addStatement(PagingMembers.cursorLimit(VendorConvention.LIMIT))
            .addStatement(
                "$T errors = new $T<>()",
                ParameterizedTypeName.get(ClassName.get(List.class), names().vendorErrorDetail()),
                ArrayList.class)
            .beginControlFlow("if (cursor == null)")
            .addStatement(VendorQueryErrors.cursorRefused(responses))
            .endControlFlow()
            .addCode(PageQueryChecks.ifInvalid("limit", VendorQueryErrors.limitRefused(responses)))
            .addStatement(
                VendorQueryErrors.linkTooLong(CodeBlock.of("request.getQueryString()"), responses))
            .beginControlFlow("if (!errors.isEmpty())")
            .addStatement("throw new $T($T.error(400, errors))", springNames.refusal(), responses)
            .endControlFlow()
            .addStatement(
                "request.setAttribute(PAGE, new $T(cursor.offset(), (int) limit, linked,"
                    + " cursorKey))",
                window)
            .build();
    MethodSpec link =
        PagingMethods.vendorLink(SpringTypes.REQUEST, SpringTypes.RESPONSE)
            .addJavadoc(
                """
Adds the {@code Link} to the page after the one the request asked for, which holds {@code size}
of {@code total} records; the last page gets none. The link is the URI the client sent,
version prefix included, with the parameters the method takes as sent, then its cursor moved
on, signed for them, and its limit.
""")
            .addParameter(links, "links")
            .addStatement("$T page = ($T) request.getAttribute(PAGE)", window, window)
            .addStatement(
                "$T cursor = page.cursorKey().sealNext(page.cursor(), size, total,"
                    + " pathParameters(request),\n$T.query(request))",
                String.class,
                names().vendorQueries())
            .beginControlFlow("if (cursor == null)")
            .addStatement("return")
            .endControlFlow()
            .addStatement(
                "$T next = page.linked().link($T.requestPath(request), request.getQueryString(),"
                    + " $S, cursor, $S, page.limit())",
                String.class,
                links,
                VendorConvention.CURSOR,
                VendorConvention.LIMIT)
            .addStatement(
                "response.addHeader($T.LINK, $S + links.link(request, next) + $S)",
                SpringTypes.HTTP_HEADERS,
                "<",
                ">; rel=\"next\"")
            .build();
    return PagingMembers.pagingClass(
            self,
            """
Cursor paging in the vendor style on Spring MVC: checks the {@code $L} and {@code $L} query
parameters before a paged handler method runs, and links its answer to the next page in a
{@code Link} header.

<p>{@code $L} is opaque: the first page when absent or empty, else a cursor an earlier answer
gave to a request with the same filters, as its signature shows ({@link $T}). {@code $L} is the
page size, the parameter's {@code defaultValue} when absent or empty, else a plain whole number
in range. Each is given at most once; otherwise the request is answered with an {@code
invalid_attribute} error naming the parameter, and the method is not called.
""",
            VendorConvention.CURSOR,
            VendorConvention.LIMIT,
            VendorConvention.CURSOR,
            CursorKey.class,
            VendorConvention.LIMIT)
        .addMethod(read)
        .addMethod(link)
        .addMethod(SpringCursorKeys.pathParameters())
        .addType(PageWindows.vendorWithKey(window, RuntimeTypes.CURSOR_KEY))
        .build();
  }

  /**
   * The constant {@code name}: the name of a request attribute of {@code owner}'s, its name and
   * {@code suffix}, so that no other class's can clash; {@code doc} says what it holds.
   */
  private static FieldSpec attribute(ClassName owner, String name, String suffix, String doc) {
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(doc)
        .initializer("$T.class.getName() + $S", owner, suffix)
        .build();
  }
}
