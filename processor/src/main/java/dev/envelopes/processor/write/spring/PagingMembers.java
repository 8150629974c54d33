package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PageQueryNumbers;
import dev.envelopes.processor.write.PagingClasses;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the paging class of every style shares on Spring MVC: its shape, the signature of its check
 * and the reading of a number, the request attribute that carries the checked page from the check
 * to the answer, and the reader of a query parameter's values.
 */
final class PagingMembers {

  private PagingMembers() {}

  /**
   * The paging class {@code self}, described by {@code javadoc} with {@code args}: a support class
   * of static methods that keeps the checked page in {@link #pageAttribute}.
   */
  static TypeSpec.Builder pagingClass(ClassName self, String javadoc, Object... args) {
    return PagingClasses.pagingClass(self, pageAttribute(self), javadoc, args);
  }

  /**
   * {@code read(request, ...)}, which checks the paging parameters before the handler method runs,
   * described by {@code summary}; it refuses a request by throwing {@code refusal} with the style's
   * {@code status}.
   */
  static MethodSpec.Builder read(String summary, ClassName refusal, int status) {
    return Members.publicStatic("read")
        .addJavadoc(
            summary + "\n@throws $T with the style's $L when a parameter is refused\n",
            refusal,
            status)
        .addParameter(SpringTypes.REQUEST, "request");
  }

  /**
   * The parameters of a check by page position, after the request, as its endpoint passes its
   * constants: where a page may start at most, the default size and the largest.
   */
  static List<ParameterSpec> positionBounds(String maxStart, String defaultSize, String maxSize) {
    return List.of(
        ParameterSpec.builder(TypeName.LONG, maxStart).build(),
        ParameterSpec.builder(TypeName.INT, defaultSize).build(),
        ParameterSpec.builder(TypeName.INT, maxSize).build());
  }

  /**
   * {@code long variable = } the number the query gives {@code parameter}: {@code byDefault} when
   * absent or empty, {@code PageQuery.INVALID} unless given once, from {@code least} to {@code
   * most}.
   */
  static CodeBlock number(
      String variable, String parameter, Object byDefault, int least, String most) {
    return PageQueryNumbers.number(
        variable, CodeBlock.of("values(request, $S)", parameter), byDefault, least, most);
  }

  /**
   * {@code long limit = } the limit of a method paged by cursor, {@code parameter} of the {@code
   * query} it read, as {@link #number} reads it.
   */
  static CodeBlock cursorLimit(String parameter) {
    return PageQueryNumbers.number(
        "limit", CodeBlock.of("query.get($S)", parameter), "defaultLimit", 1, "maxLimit");
  }

  /** {@code PAGE}, the name of the request attribute of {@code self}'s checked page. */
  static FieldSpec pageAttribute(ClassName self) {
    return FieldSpec.builder(
            String.class, "PAGE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The request attribute that carries the checked page to the answer.\n")
        .initializer("$T.class.getName() + $S", self, ".page")
        .build();
  }

  /** {@code values(request, name)}: a query parameter's values, as {@code PageQuery} reads them. */
  static MethodSpec queryValues() {
    return Members.privateStatic("values")
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addJavadoc("The query parameter's values, {@code null} when absent.\n")
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(String.class, "name")
        .addStatement("$T[] values = request.getParameterValues(name)", String.class)
        .addStatement("return values == null ? null : $T.of(values)", List.class)
        .build();
  }
}
