package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import javax.lang.model.element.Modifier;

/**
 * Renders the types every enveloped handler method is answered through: {@code EnvelopesEndpoint},
 * the base of each method's class; {@code EnvelopeReturnType}, the return type its answer is
 * written as; and {@code EnvelopesRefusal}, what a check throws with the style's answer.
 */
final class EndpointTypesWriter {

  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  private EndpointTypesWriter() {}

  static TypeSpec endpoint(SpringNames names) {
    return TypeSpec.classBuilder(names.endpoint())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addJavadoc(
            """
What the generated code does around one enveloped handler method: the checks before it runs, and
the envelope of what it returned. Each controller's {@code ...Envelopes} class extends it once per
method; {@link $T} finds it by the handler's {@code Method}.
""",
            names.endpoints())
        .addAnnotation(SourceFiles.generated())
        .addField(RuntimeTypes.STYLE, "style", Modifier.PRIVATE, Modifier.FINAL)
        .addField(ANY_CLASS, "envelopeType", Modifier.PRIVATE, Modifier.FINAL)
        .addField(
            ArrayTypeName.of(String.class), "parameterNames", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc(
                    """
@param style the style the method answers in, its errors too
@param envelopeType the record its answers are written as
@param parameterNames the names clients know its parameters by, in order ({@code body} for the
    request body, {@code null} for one that is not a request's)
""")
                .addParameter(RuntimeTypes.STYLE, "style")
                .addParameter(ANY_CLASS, "envelopeType")
                .addParameter(ArrayTypeName.of(String.class), "parameterNames")
                .varargs()
                .addStatement("this.style = style")
                .addStatement("this.envelopeType = envelopeType")
                .addStatement("this.parameterNames = parameterNames.clone()")
                .build())
        .addMethod(getter("style", RuntimeTypes.STYLE))
        .addMethod(getter("envelopeType", ANY_CLASS))
        .addMethod(
            MethodSpec.methodBuilder("parameterName")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .returns(String.class)
                .addJavadoc(
                    """
                    The name clients know the method's parameter {@code index} by, or {@code null}.
                    """)
                .addParameter(TypeName.INT, "index")
                .addStatement(
                    "return index >= 0 && index < parameterNames.length ? parameterNames[index] :"
                        + " null")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("check")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                    """
Checks the request before the method runs, such as its paging parameters, and throws
{@link $T} with the style's 400 when it is refused.
""",
                    names.refusal())
                .addParameter(SpringTypes.REQUEST, "request")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("answer")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(Object.class)
                .addJavadoc(
                    """
The envelope of {@code result}, what the method returned (the body of a {@code ResponseEntity},
the value of a future), after setting the status and headers it states on {@code response}.
""")
                .addParameter(Object.class, "result")
                .addParameter(SpringTypes.REQUEST, "request")
                .addParameter(SpringTypes.RESPONSE, "response")
                .addParameter(names.shared().publicLinks(), "links")
                .build())
        .build();
  }

  private static MethodSpec getter(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(type)
        .addStatement("return $L", name)
        .build();
  }

  static TypeSpec returnType(SpringNames names) {
    ClassName self = names.returnType();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.FINAL)
        .superclass(SpringTypes.METHOD_PARAMETER)
        .addJavadoc(
            """
The return type of a handler method as its answer is written: its envelope record, with the
method's own annotations (such as {@code @JsonView}). Spring chooses the message converter and
the JSON type from it, so a method declared to return {@code String} or {@code long} is written
as its envelope, never by the {@code StringHttpMessageConverter}.
""")
        .addAnnotation(SourceFiles.generated())
        .addField(ANY_CLASS, "envelope", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(Method.class, "method")
                .addParameter(ANY_CLASS, "envelope")
                .addStatement("super(method, -1)")
                .addStatement("this.envelope = envelope")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "original")
                .addStatement("super(original)")
                .addStatement("this.envelope = original.envelope")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("getParameterType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ANY_CLASS)
                .addStatement("return envelope")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("getGenericParameterType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Type.class)
                .addStatement("return envelope")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("clone")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return new $T(this)", self)
                .build())
        .build();
  }

  static TypeSpec refusal(SpringNames names) {
    return TypeSpec.classBuilder(names.refusal())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(RuntimeException.class)
        .addJavadoc(
            """
A request the generated checks refused before the handler method ran, such as a page past its
limits, with the answer in the handler's style; {@link $T} answers it as
it is. It has no stack trace: it is the client's mistake, not the server's.
""",
            names.exceptionHandler())
        .addAnnotation(SourceFiles.generated())
        .addField(
            FieldSpec.builder(
                    TypeName.LONG,
                    "serialVersionUID",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("1L")
                .build())
        .addField(
            FieldSpec.builder(
                    SpringTypes.ANSWER,
                    "answer",
                    Modifier.PRIVATE,
                    Modifier.FINAL,
                    Modifier.TRANSIENT)
                .addJavadoc(
                    """
                    The answer to the request; not serialized, as an exception's fields must allow.
                    """)
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SpringTypes.ANSWER, "answer")
                .addStatement(
                    "super($S + answer.getStatusCode().value(), null, false, false)",
                    "Refused with ")
                .addStatement("this.answer = answer")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("answer")
                .addModifiers(Modifier.PUBLIC)
                .returns(SpringTypes.ANSWER)
                .addJavadoc("The answer in the style of the handler method that was not called.\n")
                .addStatement("return answer")
                .build())
        .build();
  }
}
