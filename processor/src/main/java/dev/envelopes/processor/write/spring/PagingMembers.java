package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the paging class of every style shares on Spring MVC: its shape, the request attribute that
 * carries the checked page from the check to the answer, and the reader of a query parameter's
 * values.
 */
final class PagingMembers {

  private PagingMembers() {}

  /**
   * The paging class {@code self}, described by {@code javadoc} with {@code args}: a support class
   * of static methods that keeps the checked page in {@link #pageAttribute}.
   */
  static TypeSpec.Builder pagingClass(ClassName self, String javadoc, Object... args) {
    return Members.supportClass(self)
        .addJavadoc(javadoc, args)
        .addField(pageAttribute(self))
        .addMethod(Members.privateConstructor());
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
    return MethodSpec.methodBuilder("values")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addJavadoc("The query parameter's values, {@code null} when absent.\n")
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(String.class, "name")
        .addStatement("$T[] values = request.getParameterValues(name)", String.class)
        .addStatement("return values == null ? null : $T.of(values)", List.class)
        .build();
  }
}
