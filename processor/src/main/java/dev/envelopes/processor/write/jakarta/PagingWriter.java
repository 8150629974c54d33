package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.StatusTable;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the pagination builder of the meta envelope: the checks of {@code offset} and {@code
 * limit}, and the arithmetic of the links to the neighbouring pages.
 */
final class PagingWriter {

  private PagingWriter() {}

  static TypeSpec render(GeneratedNames names, StatusTable statuses) {
    ClassName self = names.paging();
    ClassName window = self.nestedClass("Window");
    return SupportMembers.supportClass(self)
        .addJavadoc(
            "Offset and limit paging in the meta envelope: checks the {@code $L} and {@code $L}"
                + " query\nparameters before a paged resource method runs, and builds the"
                + " {@code pagination} links of its\nanswer.\n\n"
                + "<p>An absent or empty parameter takes its default: offset 0, and the limit"
                + " parameter's\n{@code @DefaultValue}. Any other value must be given once, as a"
                + " plain whole number ({@code 0-9},\nat most 19 digits) in range; otherwise the"
                + " request is answered with a 400 whose details name the\nparameter, and the"
                + " resource method is not called.\n",
            MetaConvention.OFFSET,
            MetaConvention.LIMIT)
        .addFields(checkedPageFields(self))
        .addType(window(window))
        .addMethod(SupportMembers.privateConstructor())
        .addMethod(read(names, statuses, window))
        .addMethod(pagination(names, window))
        .addMethod(link(names, window))
        .addMethod(parse())
        .build();
  }

  private static TypeSpec window(ClassName window) {
    return SupportMembers.privateRecord(
        window,
        "A checked page: where it starts, how many records it holds at most, and the largest"
            + " offset the\nresource method's parameter can take.\n\n"
            + "@param offset the number of records before the page\n"
            + "@param limit the largest number of records on the page\n"
            + "@param maxOffset the largest offset the method accepts\n"
            + "@param linked the query parameters its links repeat\n",
        List.of(TypeName.LONG, TypeName.INT, TypeName.LONG, LibraryTypes.LINK_QUERY),
        List.of("offset", "limit", "maxOffset", "linked"));
  }

  private static MethodSpec read(GeneratedNames names, StatusTable statuses, ClassName window) {
    return SupportMembers.publicStatic("read")
        .addJavadoc(
            "Checks the request's offset and limit, and that the links can repeat its query, and"
                + " keeps them\nfor {@link #pagination}, or aborts the request with a 400 that"
                + " names each parameter at\nfault.\n\n"
                + "@param request the request\n"
                + "@param maxOffset the largest offset the resource method's parameter can take\n"
                + "@param defaultLimit the limit of a request that gives none\n"
                + "@param maxLimit the largest limit a request may ask for\n"
                + "@param linked the query parameters the links repeat\n")
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(TypeName.LONG, "maxOffset")
        .addParameter(TypeName.INT, "defaultLimit")
        .addParameter(TypeName.INT, "maxLimit")
        .addParameter(LibraryTypes.LINK_QUERY, "linked")
        .addStatement(SupportMembers.readQuery())
        .addStatement("long offset = parse(query.get($S), 0, 0, maxOffset)", MetaConvention.OFFSET)
        .addStatement(
            "long limit = parse(query.get($S), defaultLimit, 1, maxLimit)", MetaConvention.LIMIT)
        .addStatement(SupportMembers.newList("problems", names.fieldError()))
        .beginControlFlow("if (offset == INVALID)")
        .addStatement(
            "problems.add(new $T($S, $S + maxOffset))",
            names.fieldError(),
            MetaConvention.OFFSET,
            "must be given once, as a whole number from 0 to ")
        .endControlFlow()
        .beginControlFlow("if (limit == INVALID)")
        .addStatement(
            "problems.add(new $T($S, $S + maxLimit))",
            names.fieldError(),
            MetaConvention.LIMIT,
            "must be given once, as a whole number from 1 to ")
        .endControlFlow()
        .addStatement(
            "linked.tooLong(request.getUriInfo().getRequestUri(), $S, $S)\n"
                + ".ifPresent(name -> problems.add(new $T(name, $T.TOO_LONG)))",
            MetaConvention.OFFSET,
            MetaConvention.LIMIT,
            names.fieldError(),
            LibraryTypes.LINK_QUERY)
        .beginControlFlow("if (problems.isEmpty())")
        .addStatement(
            "request.setProperty(PAGE, new $T(offset, (int) limit, maxOffset, linked))", window)
        .nextControlFlow("else")
        .addStatement(
            "request.abortWith($T.error($L, problems))", names.responses(), statuses.constant(400))
        .endControlFlow()
        .build();
  }

  private static MethodSpec pagination(GeneratedNames names, ClassName window) {
    return SupportMembers.publicStatic("pagination")
        .returns(names.pagination())
        .addJavadoc(
            "The {@code pagination} of the page the request asked for, in a result of {@code total}"
                + " records.\n{@code next} follows the page with one of the same size; {@code prev}"
                + " holds the records just\nbefore it, up to the same size, and ends where the page"
                + " starts, so the two never overlap: from\noffset 5 with limit 20, {@code prev}"
                + " asks for offset 0 and limit 5. Past the end of the result,\n{@code prev} holds"
                + " its last records.\n")
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(TypeName.LONG, "total")
        .addStatement(SupportMembers.checkedPage(window))
        .addStatement("$T next = null", URI.class)
        .addComment("Written as differences, which cannot overflow near Long.MAX_VALUE.")
        .beginControlFlow(
            "if (page.offset() < total && total - page.offset() > page.limit()\n"
                + "&& page.maxOffset() - page.offset() >= page.limit())")
        .addStatement("next = link(request, page, page.offset() + page.limit(), page.limit())")
        .endControlFlow()
        .addStatement("$T prev = null", URI.class)
        .addStatement("long end = Math.min(page.offset(), total)")
        .beginControlFlow("if (end > 0)")
        .addStatement("long start = Math.max(0, end - page.limit())")
        .addStatement("prev = link(request, page, start, (int) (end - start))")
        .endControlFlow()
        .addStatement("return new $T(next, prev)", names.pagination())
        .build();
  }

  private static MethodSpec link(GeneratedNames names, ClassName window) {
    return MethodSpec.methodBuilder("link")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(URI.class)
        .addJavadoc(
            "The request's own URI with the query parameters the page repeats, then {@code"
                + " offset} and\n{@code limit}, linked as {@link $T} links.\n",
            names.publicLinks())
        .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
        .addParameter(window, "page")
        .addParameter(TypeName.LONG, "offset")
        .addParameter(TypeName.INT, "limit")
        .addStatement(
            "return $T.create($T.link(request, page.linked().link(\n"
                + "request.getUriInfo().getRequestUri(), $S, offset, $S, limit)))",
            URI.class,
            names.publicLinks(),
            MetaConvention.OFFSET,
            MetaConvention.LIMIT)
        .build();
  }

  /**
   * {@code PAGE}, the request property that carries the checked page from the request filter to the
   * answer, and {@code INVALID}, what {@link #parse} answers for a refused value: the fields of the
   * paging class of every style.
   */
  static List<FieldSpec> checkedPageFields(ClassName self) {
    return List.of(
        FieldSpec.builder(String.class, "PAGE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The request property that carries the checked page to the answer.\n")
            .initializer("$T.class.getName() + $S", self, ".page")
            .build(),
        FieldSpec.builder(
                TypeName.LONG, "INVALID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What {@link #parse} answers for a value it refuses.\n")
            .initializer("-1")
            .build());
  }

  /**
   * The method that reads a query parameter as a plain whole number, shared by the paging of every
   * style; it answers the generated class's {@code INVALID} for a value it refuses.
   */
  static MethodSpec parse() {
    return MethodSpec.methodBuilder("parse")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.LONG)
        .addJavadoc(
            "The value of a query parameter given at most once as a plain whole number from"
                + " {@code min} to\n{@code max}: {@code fallback} when it is absent or empty, and"
                + " {@link #INVALID} when it is anything\nelse.\n")
        .addParameter(ParameterizedTypeName.get(List.class, String.class), "values")
        .addParameter(TypeName.LONG, "fallback")
        .addParameter(TypeName.LONG, "min")
        .addParameter(TypeName.LONG, "max")
        .beginControlFlow(
            "if (values == null || values.isEmpty() || (values.size() == 1 &&"
                + " values.get(0).isEmpty()))")
        .addStatement("return fallback")
        .endControlFlow()
        .addStatement("$T value = values.get(0)", String.class)
        .beginControlFlow("if (values.size() > 1 || value.length() > 19)")
        .addStatement("return INVALID")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < value.length(); i++)")
        .addComment(
            "Only ASCII digits: Long.parseLong would also take a sign and other scripts' digits.")
        .beginControlFlow("if (value.charAt(i) < '0' || value.charAt(i) > '9')")
        .addStatement("return INVALID")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("long number = Long.parseLong(value)")
        .addStatement("return number < min || number > max ? INVALID : number")
        .nextControlFlow("catch ($T overLongMaxValue)", NumberFormatException.class)
        .addStatement("return INVALID")
        .endControlFlow()
        .build();
  }
}
