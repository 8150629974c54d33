package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.plan.ErrorLink;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.write.SourceFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code EnvelopesExceptionHandler}, the {@code @RestControllerAdvice} that answers the
 * API's declared exceptions, the refusals of the checks and Spring MVC's own exceptions in the meta
 * envelope; {@link SpringErrorsWriter} renders the answers of Spring's own exceptions.
 */
record ExceptionHandlerWriter(SpringNames names, ExceptionPlan exceptions, StyleSwitch styles) {

  TypeSpec render() {
    List<ErrorDeclaration> declared =
        exceptions.chain().stream()
            .filter(link -> !link.isLibrary())
            .map(ErrorLink::declared)
            .toList();
    TypeSpec.Builder handler =
        TypeSpec.classBuilder(names.exceptionHandler())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(javadoc(declared))
            .addAnnotation(SourceFiles.generated())
            .addAnnotation(SpringTypes.REST_CONTROLLER_ADVICE)
            .addAnnotation(
                AnnotationSpec.builder(SpringTypes.ORDER)
                    .addMember("value", "$T.ORDER", names.exceptionHandler())
                    .build());
    styles.styles().forEach(style -> handler.addFields(style.handlerFields()));
    handler
        .addField(
            FieldSpec.builder(TypeName.INT, "ORDER", Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                    """
The order of this advice: ahead of Spring Boot's {@code ProblemDetailsExceptionHandler} (order 0)
and of advice with the default order, so that the style answers Spring's own exceptions; behind
any advice of yours ordered higher. It answers no exception it does not name, so your advice
still answers your other exceptions.
""")
                .initializer("-1000")
                .build())
        .addField(names.endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL)
        .addField(names.internalErrors(), "internalErrors", Modifier.PRIVATE, Modifier.FINAL)
        .addField(names.shared().bodyNames(), "bodyNames", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(names.endpoints(), "endpoints")
                .addParameter(names.internalErrors(), "internalErrors")
                .addParameter(names.shared().bodyNames(), "bodyNames")
                .addStatement("this.endpoints = endpoints")
                .addStatement("this.internalErrors = internalErrors")
                .addStatement("this.bodyNames = bodyNames")
                .build())
        .addMethod(
            handles("refused", names.refusal())
                .addParameter(names.refusal(), "refusal")
                .addStatement("return refusal.answer()")
                .build());
    Set<String> taken = new HashSet<>();
    for (ErrorDeclaration declaration : declared) {
      handler.addMethod(declaredAnswer(declaration, methodName(declaration, taken)));
    }
    SpringErrorsWriter framework = new SpringErrorsWriter(names, styles);
    handler.addMethods(framework.handlers()).addMethods(framework.helpers());
    styles.styles().forEach(style -> handler.addMethods(style.handlerHelpers()));
    return handler.build();
  }

  private CodeBlock javadoc(List<ErrorDeclaration> declared) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                """
Answers the API's declared exceptions and Spring MVC's own in $L: Spring calls the
handler of the nearest superclass. Any other exception is left to advice of yours, then to
{@link $T}.

<ul>
  <li>{@link $T}: the answer of a check that refused the request before the handler
""",
                styles.mixed()
                    ? "the style of the request"
                    : styles.styles().get(0).convention().phrase(),
                names.internalErrors(),
                names.refusal());
    for (ErrorDeclaration declaration : declared) {
      doc.add(
          "  <li>{@link $T}: $L$L\n",
          declaration.exception(),
          declaration.status(),
          declaration.hasOwnCode() ? ", code " + declaration.code() : "");
    }
    return doc.add(SpringErrorsWriter.javadocItems()).add("</ul>\n").build();
  }

  /** {@code taskNotFound}: the handler of a declared exception, named after its class once. */
  private static String methodName(ErrorDeclaration declaration, Set<String> taken) {
    String simple = declaration.exception().simpleName();
    String base = simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private MethodSpec declaredAnswer(ErrorDeclaration declaration, String name) {
    MethodSpec.Builder answer =
        handles(name, declaration.exception()).addParameter(declaration.exception(), "exception");
    if (styles.mixed()) {
      answer.addParameter(SpringTypes.REQUEST, "request");
    }
    return answer
        .addCode(
            StyleSwitch.returning(
                styles.pick(
                    SpringErrorsWriter.STYLE_OF_REQUEST, style -> style.declared(declaration))))
        .build();
  }

  /** An {@code @ExceptionHandler} of {@code exception} named {@code name}. */
  static MethodSpec.Builder handles(String name, ClassName exception) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(
            AnnotationSpec.builder(SpringTypes.EXCEPTION_HANDLER)
                .addMember("value", "$T.class", exception)
                .build())
        .returns(SpringTypes.ANSWER);
  }
}
