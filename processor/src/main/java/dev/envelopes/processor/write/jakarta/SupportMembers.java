package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The members and statements that the generated support classes of every style share, written once:
 * their private constructor, their {@code public static} methods and private helpers, the request
 * filters, the reading of the query, their private records, and the guard of the answers to the
 * framework's own errors.
 */
final class SupportMembers {

  private static final ClassName STRING = ClassName.get(String.class);

  private SupportMembers() {}

  /**
   * The constant {@code name}, the name of a request property that {@code holds} something: the
   * generated class {@code self}'s name and {@code suffix}, so that no other filter's can clash.
   */
  static FieldSpec requestProperty(
      ClassName self, Modifier access, String name, String suffix, String holds) {
    return FieldSpec.builder(String.class, name, access, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The request property that $L.\n", holds)
        .initializer("$T.class.getName() + $S", self, suffix)
        .build();
  }

  /** The {@code filter(request)} method of a request filter. */
  static MethodSpec.Builder requestFilter() {
    return Members.publicOverride("filter").addParameter(LibraryTypes.REQUEST_CONTEXT, "request");
  }

  /** The {@code filter(request, response)} method of a response filter. */
  static MethodSpec.Builder responseFilter() {
    return requestFilter().addParameter(LibraryTypes.RESPONSE_CONTEXT, "response");
  }

  /** {@code query = request's query parameters}, decoded. */
  static CodeBlock readQuery() {
    return CodeBlock.of(
        "$T query = request.getUriInfo().getQueryParameters()",
        ParameterizedTypeName.get(LibraryTypes.MULTIVALUED_MAP, STRING, STRING));
  }

  /** {@code name = new ArrayList<>()}, a list of {@code element}s to collect. */
  static CodeBlock newList(String name, TypeName element) {
    return CodeBlock.of(
        "$T $N = new $T<>()",
        ParameterizedTypeName.get(ClassName.get(List.class), element),
        name,
        ArrayList.class);
  }

  /**
   * {@code fromFramework(response)}, described by {@code javadoc}: a response that is no error, or
   * that already has a body, is returned as it is; any other, once {@code error} has built the
   * style's answer {@code error}, is returned with that answer's body as {@code type}, its headers
   * kept, its status too unless {@code restatus} (such as {@code .status(status)}) changes it.
   */
  static MethodSpec fromFramework(
      String javadoc, CodeBlock error, String restatus, CodeBlock type) {
    return Members.publicStatic("fromFramework", LibraryTypes.RESPONSE)
        .addJavadoc(javadoc)
        .addParameter(LibraryTypes.RESPONSE, "response")
        .beginControlFlow("if (response.getStatus() < 400 || response.hasEntity())")
        .addStatement("return response")
        .endControlFlow()
        .addCode(error)
        .addStatement(
            "return $T.fromResponse(response)$L.entity(error.getEntity()).type($L).build()",
            LibraryTypes.RESPONSE,
            restatus,
            type)
        .build();
  }

  /** A request filter that runs before the request is matched to a resource method. */
  static TypeSpec.Builder preMatchingFilter(ClassName self) {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(LibraryTypes.REQUEST_FILTER)
        .addAnnotation(LibraryTypes.PRE_MATCHING)
        .addAnnotation(SourceFiles.generated());
  }
}
