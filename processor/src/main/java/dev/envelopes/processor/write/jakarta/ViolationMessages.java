package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.write.FieldMessageTypes;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.RuntimeTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders what every convention's answer to validation failures starts from: the messages of each
 * invalid field, by the name the client knows the field by.
 */
final class ViolationMessages {

  private static final ClassName ELEMENT_KIND = ClassName.get("jakarta.validation", "ElementKind");

  /** A violation of any bean. */
  static final ParameterizedTypeName ANY_VIOLATION =
      ParameterizedTypeName.get(
          LibraryTypes.CONSTRAINT_VIOLATION, WildcardTypeName.subtypeOf(Object.class));

  private ViolationMessages() {}

  /**
   * Starts a method that answers a {@code ConstraintViolationException} from {@code messages}, the
   * messages of each field, or answers {@code internalError} for a violation of a return value.
   */
  static MethodSpec.Builder collecting(
      MethodSpec.Builder method, String internalError, MapperContext context) {
    return context
        .takingProviders(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(LibraryTypes.RESPONSE)
        .addStatement(
            "$T messages = messagesByField(exception$L)",
            FieldMessageTypes.MESSAGES_BY_FIELD,
            context.passedOn())
        .beginControlFlow("if (messages == null)")
        .addStatement("return $L(exception)", internalError)
        .endControlFlow();
  }

  /**
   * The generated helper every style's answer to a {@code ConstraintViolationException} starts
   * from: the messages of each field in order, fields sorted, or {@code null} when a return value
   * is invalid.
   */
  static MethodSpec messagesByField(ClassName exception, MapperContext context) {
    MethodSpec.Builder method =
        Members.privateStatic("messagesByField")
            .returns(FieldMessageTypes.MESSAGES_BY_FIELD)
            .addJavadoc(
                """
The messages of each invalid field in order, by field name, with those of no single field first,
under {@code null}; {@code null} when a return value is invalid, which is the server's fault.
""")
            .addParameter(exception, "exception");
    return context
        .takingProviders(method)
        .addStatement(
            "$T messages = new $T()", RuntimeTypes.FIELD_MESSAGES, RuntimeTypes.FIELD_MESSAGES)
        .beginControlFlow("for ($T violation : exception.getConstraintViolations())", ANY_VIOLATION)
        .beginControlFlow(
            "for ($T.Node node : violation.getPropertyPath())", LibraryTypes.VALIDATION_PATH)
        .beginControlFlow("if (node.getKind() == $T.RETURN_VALUE)", ELEMENT_KIND)
        .addStatement("return null")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "messages.add(fieldOf(violation$L), violation.getMessage())", context.passedOn())
        .endControlFlow()
        .addStatement("return messages.byField()")
        .build();
  }

  static MethodSpec fieldOf(MapperContext context) {
    MethodSpec.Builder method =
        Members.privateStatic("fieldOf")
            .returns(String.class)
            .addJavadoc(
                """
The field a violation is about, by the name the client knows: a parameter's name, a path into
the request body such as {@code items[2].name}, or {@code null} when it concerns no single field.$L
""",
                context.plan().namesBodyFields()
                    ? "\nThe body's properties have the names of its JSON, as {@link "
                        + context.names().bodyNames().simpleName()
                        + "} finds them."
                    : "")
            .addParameter(ANY_VIOLATION, "violation");
    context
        .takingProviders(method)
        .addStatement("$T method = null", String.class)
        .addStatement("$T parameter = null", String.class)
        .addStatement("$T path = new $T()", StringBuilder.class, StringBuilder.class);
    if (context.plan().namesBodyFields()) {
      method.addStatement(
          "$T body = $T.of(providers, violation.getRootBean())",
          context.names().bodyNames(),
          context.names().bodyNames());
    }
    method
        .beginControlFlow(
            "for ($T.Node node : violation.getPropertyPath())", LibraryTypes.VALIDATION_PATH)
        .beginControlFlow("if (node.getKind() == $T.METHOD)", ELEMENT_KIND)
        .addStatement("method = node.getName()")
        .nextControlFlow("else if (node.getKind() == $T.PARAMETER)", ELEMENT_KIND)
        .addStatement(
            "int index = node.as($T.ParameterNode.class).getParameterIndex()",
            LibraryTypes.VALIDATION_PATH)
        .addStatement(
            "$T name = parameterName(violation.getRootBeanClass(), method, index)", String.class)
        .addStatement("parameter = name == null ? node.getName() : name")
        .addStatement("path.setLength(0)");
    if (context.plan().namesBodyFields()) {
      method.addStatement(
          "body = $T.of(providers, violation.getExecutableParameters()[index])",
          context.names().bodyNames());
    }
    method
        .nextControlFlow(
            "else if (node.getKind() == $T.PROPERTY || node.getKind() == $T.CONTAINER_ELEMENT)",
            ELEMENT_KIND,
            ELEMENT_KIND)
        .beginControlFlow("if (node.isInIterable())")
        .addStatement(
            "path.append('[').append(node.getIndex() != null ? node.getIndex() :"
                + " node.getKey()).append(']')");
    if (context.plan().namesBodyFields()) {
      method.addStatement("body = body.element()");
    }
    method.endControlFlow().beginControlFlow("if (node.getKind() == $T.PROPERTY)", ELEMENT_KIND);
    if (context.plan().namesBodyFields()) {
      method
          .addStatement("body = body.property(node.getName())")
          .addStatement("path.append(path.length() == 0 ? \"\" : \".\").append(body.name())");
    } else {
      method.addStatement("path.append(path.length() == 0 ? \"\" : \".\").append(node.getName())");
    }
    return method
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("if (path.length() == 0)")
        .addStatement("return parameter")
        .endControlFlow()
        .addComment(
            "A path into the request body stands alone; into another parameter, it follows its"
                + " name.")
        .addStatement(
            "return parameter == null || parameter.equals($S) ? path.toString() : parameter + $S +"
                + " path",
            ParameterModel.BODY,
            ".")
        .build();
  }

  /**
   * The name clients know each parameter of each enveloped method by, from the annotations: one
   * method that picks the resource class, and one per resource class that knows its methods, so
   * that no method outgrows the JVM's 64 KB of bytecode however many resources the API has.
   */
  static List<MethodSpec> parameterName(MapperContext context) {
    MethodSpec.Builder method =
        Members.privateStatic("parameterName")
            .returns(String.class)
            .addJavadoc(
                """
The name clients know a resource method's parameter by: its query, path, header, cookie,
matrix or form parameter name, or {@code $L} for the request body; {@code null} if unknown.
""",
                ParameterModel.BODY)
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                "resource")
            .addParameter(String.class, "method")
            .addParameter(TypeName.INT, "index");
    List<MethodSpec> helpers = new ArrayList<>();
    Set<String> helperNames = new HashSet<>();
    for (ResourceModel resource : context.api().resources()) {
      Optional<MethodSpec> helper = parameterNameIn(resource, helperNames);
      if (helper.isPresent()) {
        method
            // Quarkus validates through a subclass it made of the resource.
            .beginControlFlow("if ($T.class.isAssignableFrom(resource))", resource.type())
            .addStatement("return $N(method, index)", helper.get())
            .endControlFlow();
        helpers.add(helper.get());
      }
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.addStatement("return null").build());
    methods.addAll(helpers);
    return methods;
  }

  /** The parameter names of one resource class's methods, if any of them has a named parameter. */
  private static Optional<MethodSpec> parameterNameIn(
      ResourceModel resource, Set<String> takenNames) {
    String name = "parameterNameIn" + String.join("", resource.type().simpleNames());
    for (int n = 2; !takenNames.add(name); n++) {
      name = "parameterNameIn" + String.join("", resource.type().simpleNames()) + n;
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc(
                "As {@link #parameterName}, for the methods of {@link $T}.\n", resource.type())
            .addParameter(String.class, "method")
            .addParameter(TypeName.INT, "index");
    // The first of overloaded methods answers for all of them: a name cannot tell them apart.
    Set<String> methods = new HashSet<>();
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (method) {\n").indent();
    for (EndpointModel endpoint : resource.endpoints()) {
      List<ParameterModel> parameters = endpoint.parameters();
      int named = parameters.size();
      while (named > 0 && parameters.get(named - 1).wireName().isEmpty()) {
        named--;
      }
      if (named == 0 || !methods.add(endpoint.name())) {
        continue;
      }
      CodeBlock.Builder names = CodeBlock.builder();
      for (int i = 0; i < named; i++) {
        String wireName = parameters.get(i).wireName();
        if (wireName.isEmpty()) {
          names.add(", null");
        } else {
          names.add(", $L", JavaStrings.of(wireName));
        }
      }
      cases.add(
          "case $S -> $T.at(index$L);\n",
          endpoint.name(),
          RuntimeTypes.PARAMETER_NAMES,
          names.build());
    }
    cases.add("default -> null;\n").unindent().add("};\n");
    return methods.isEmpty()
        ? Optional.empty()
        : Optional.of(method.addCode(cases.build()).build());
  }
}
