package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PageQueryChecks;
import dev.envelopes.processor.write.PageQueryNumbers;
import dev.envelopes.processor.write.PagingClasses;
import dev.envelopes.processor.write.RuntimeTypes;
import javax.lang.model.element.Modifier;

/**
 * What the paging check of every style is made of. Its {@code read(request, ...)} reads the page's
 * numbers from the query, collects a problem for each parameter at fault, and either keeps the
 * checked page in the request property {@code PAGE} for the answer or aborts the request; the
 * answer reads the page back. Each style says only how its problems and its refusal look.
 */
final class PageChecks {

  private PageChecks() {}

  /**
   * The paging class {@code self}, described by {@code javadoc}, with what every style's has: the
   * request property {@code PAGE} and a private constructor.
   */
  static TypeSpec.Builder pagingClass(ClassName self, String javadoc, Object... javadocArgs) {
    return PagingClasses.pagingClass(self, checkedPageField(self), javadoc, javadocArgs);
  }

  /** The private record, nested in the paging class {@code self}, that carries a checked page. */
  static ClassName window(ClassName self) {
    return self.nestedClass("Window");
  }

  /** {@code PAGE}, the request property that carries the checked page from check to answer. */
  private static FieldSpec checkedPageField(ClassName self) {
    return SupportMembers.requestProperty(
        self, Modifier.PRIVATE, "PAGE", ".page", "carries the checked page to the answer");
  }

  /** {@code page = the checked page the request filter kept}, a {@code window}. */
  static CodeBlock checkedPage(ClassName window) {
    return CodeBlock.of("$T page = ($T) request.getProperty(PAGE)", window, window);
  }

  /** A parameter of {@code read} after the request, and what its {@code @param} line says. */
  record Parameter(TypeName type, String name, String described) {}

  static final Parameter DEFAULT_LIMIT =
      new Parameter(TypeName.INT, "defaultLimit", "the limit of a request that gives none");
  static final Parameter MAX_LIMIT =
      new Parameter(TypeName.INT, "maxLimit", "the largest limit a request may ask for");
  static final Parameter CURSOR_KEY =
      new Parameter(
          RuntimeTypes.CURSOR_KEY,
          "cursorKey",
          "the key that signed the cursors of earlier answers");

  /**
   * {@code read(request, parameters...)}, described by {@code summary} and a line a parameter, up
   * to and with its reading of the query; the style adds its checks.
   */
  static MethodSpec.Builder read(String summary, Parameter... parameters) {
    MethodSpec.Builder read =
        Members.publicStatic("read")
            .addParameter(LibraryTypes.REQUEST_CONTEXT, "request")
            .addStatement(SupportMembers.readQuery());
    CodeBlock.Builder javadoc =
        CodeBlock.builder().add(summary).add("\n@param request the request\n");
    for (Parameter parameter : parameters) {
      read.addParameter(parameter.type(), parameter.name());
      javadoc.add("@param $L $L\n", parameter.name(), parameter.described());
    }
    return read.addJavadoc(javadoc.build());
  }

  /**
   * {@code long variable = } the number the query gives {@code parameter}: {@code byDefault} when
   * absent or empty, {@code PageQuery.INVALID} unless given once, from {@code least} to {@code
   * most}.
   */
  static CodeBlock number(
      String variable, String parameter, Object byDefault, int least, String most) {
    return PageQueryNumbers.number(
        variable, CodeBlock.of("query.get($S)", parameter), byDefault, least, most);
  }

  /** {@code problem} when the number {@code variable} was not given as it must be. */
  static CodeBlock ifInvalid(String variable, CodeBlock problem) {
    return PageQueryChecks.ifInvalid(variable, problem);
  }

  /**
   * Keeps {@code page} for the answer when the list {@code problems} is empty; else aborts the
   * request with {@code refusal}, the response that names them.
   */
  static CodeBlock keepOrAbort(String problems, CodeBlock page, CodeBlock refusal) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N.isEmpty())", problems)
        .addStatement("request.setProperty(PAGE, $L)", page)
        .nextControlFlow("else")
        .addStatement("request.abortWith($L)", refusal)
        .endControlFlow()
        .build();
  }
}
