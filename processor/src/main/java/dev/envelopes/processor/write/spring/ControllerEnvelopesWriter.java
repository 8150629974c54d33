package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.PagingPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.Casts;
import dev.envelopes.processor.write.EndpointCursorKeys;
import dev.envelopes.processor.write.JavaStrings;
import dev.envelopes.processor.write.Javadocs;
import dev.envelopes.processor.write.PagingConstants;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.SourceFiles;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code <Controller>Envelopes}: one {@code EnvelopesEndpoint} per enveloped handler method
 * of a controller, which checks its request and envelopes what it returned as its {@link
 * EndpointPlan} says, in its style, and the map of them by the handler's {@code Method}.
 */
record ControllerEnvelopesWriter(SpringNames names, StyleSwitch styles) {

  /** The class of {@code controller}'s endpoints, beside the controller. */
  static ClassName nameOf(ResourcePlan controller) {
    return GeneratedNames.resourceFeature(controller.resource());
  }

  TypeSpec render(ResourcePlan controller) {
    ResourceModel resource = controller.resource();
    ClassName self = nameOf(controller);
    TypeName byMethod =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(Method.class), names.endpoint());
    CodeBlock.Builder entries = CodeBlock.builder();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                """
                Answers the enveloped handler methods of {@link $T} in $L: one
                {@link $T} per method, found by its {@code Method}, which is looked up once, when
                the application starts.
                """,
                resource.type(),
                controller.conventions().size() > 1
                    ? "the style each chooses"
                    : controller.conventions().get(0).phrase(),
                names.endpoint())
            .addAnnotation(SourceFiles.generated())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (EndpointPlan plan : controller.endpoints()) {
      ClassName endpointClass = self.nestedClass(GeneratedNames.endpointClassName(plan.endpoint()));
      entries.add(
          entries.isEmpty() ? "\n$T.entry($L, new $T($L))" : ",\n$T.entry($L, new $T($L))",
          Map.class,
          lookup(resource, plan.endpoint()),
          endpointClass,
          styles.holdsCursorKey(plan)
              ? EndpointCursorKeys.configuredKey(
                  resource, plan.endpoint(), CodeBlock.of("properties"))
              : CodeBlock.of(""));
      type.addType(endpoint(plan, endpointClass));
    }
    MethodSpec.Builder endpoints =
        MethodSpec.methodBuilder("endpoints")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(byMethod);
    if (styles.holdsCursorKeys(controller)) {
      endpoints
          .addJavadoc(
              """
The endpoints of the controller's enveloped methods, by method, with the keys of their cursors
from the application's {@code properties}.
""")
          .addParameter(SpringCursorKeys.properties());
    } else {
      endpoints.addJavadoc("The endpoints of the controller's enveloped methods, by method.\n");
    }
    endpoints.addCode("return $T.ofEntries($>$>$L$<$<);\n", Map.class, entries.build());
    return type.addMethod(endpoints.build()).build();
  }

  /** {@code EnvelopesEndpoints.method(Controller.class, "name", long.class, ...)}. */
  private CodeBlock lookup(ResourceModel resource, EndpointModel endpoint) {
    CodeBlock.Builder call =
        CodeBlock.builder()
            .add("$T.method($T.class, $S", names.endpoints(), resource.type(), endpoint.name());
    for (ParameterModel parameter : endpoint.parameters()) {
      call.add(", $T.class", parameter.type());
    }
    return call.add(")").build();
  }

  private TypeSpec endpoint(EndpointPlan plan, ClassName self) {
    ClassName envelope = GeneratedNames.envelope(plan.resource(), plan.endpoint());
    SpringStyle style = styles.of(plan.convention());
    Optional<ClassName> record = style.envelopeOf(plan, envelope);
    CodeBlock.Builder constructor =
        CodeBlock.builder()
            .add(
                "super($T.$L, $T.class",
                RuntimeTypes.STYLE,
                plan.convention().style().name(),
                record.orElse(ClassName.OBJECT));
    for (ParameterModel parameter : plan.endpoint().parameters()) {
      if (parameter.wireName().isEmpty()) {
        constructor.add(", null");
      } else {
        constructor.add(", $L", JavaStrings.of(parameter.wireName()));
      }
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(names.endpoint())
            .addJavadoc(javadoc(plan, record));
    style.endpointMembers(plan, type);
    plan.paging().ifPresent(paging -> type.addFields(PagingConstants.of(paging, "defaultValue")));
    MethodSpec.Builder constructed =
        MethodSpec.constructorBuilder().addStatement("$L)", constructor.build());
    if (styles.holdsCursorKey(plan)) {
      type.addField(EndpointCursorKeys.keyField());
      constructed
          .addParameter(RuntimeTypes.CURSOR_KEY, "cursorKey")
          .addStatement("this.cursorKey = cursorKey");
    }
    type.addMethod(constructed.build());
    plan.paging().ifPresent(paging -> type.addMethod(check(style, paging)));
    return type.addMethod(answer(style, plan, envelope)).build();
  }

  private static CodeBlock javadoc(EndpointPlan plan, Optional<ClassName> envelope) {
    CodeBlock method = Javadocs.methodLink(plan.resource(), plan.endpoint());
    CodeBlock.Builder doc =
        envelope.isPresent()
            ? CodeBlock.builder()
                .add("Wraps the answer of $L in {@link $T}", method, envelope.get())
            : CodeBlock.builder().add("Answers $L with its value as it is", method);
    if (plan.keepsResponseStatus()) {
      doc.add(
          ":\nthe body of the {@code ResponseEntity}, whose status the envelope states; its"
              + " headers are kept");
    } else if (plan.location() == EndpointPlan.Location.NEW_RESOURCE) {
      doc.add(":\n$L with the {@code Location} of the new resource", plan.successStatus());
    } else if (plan.location() == EndpointPlan.Location.REQUEST) {
      doc.add(":\n$L with the {@code Location} of the changed resource", plan.successStatus());
    }
    return doc.add(".\n").build();
  }

  private MethodSpec check(SpringStyle style, PagingPlan paging) {
    return MethodSpec.methodBuilder("check")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(SpringTypes.REQUEST, "request")
        .addStatement("$L", style.check(paging))
        .build();
  }

  /** Reads what the method returned, then makes its envelope in its style. */
  private MethodSpec answer(SpringStyle style, EndpointPlan plan, ClassName envelope) {
    MethodSpec.Builder answer =
        MethodSpec.methodBuilder("answer")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(Object.class, "result")
            .addParameter(SpringTypes.REQUEST, "request")
            .addParameter(SpringTypes.RESPONSE, "response")
            .addParameter(names.shared().publicLinks(), "links");
    read(plan, answer);
    style.answer(plan, envelope, answer);
    return answer.build();
  }

  /** Reads the method's result into {@code data} (and {@code page}). */
  private static void read(EndpointPlan plan, MethodSpec.Builder answer) {
    ReturnShape returns = plan.endpoint().returns();
    String refused = plan.methodName() + " returned null, which its envelope cannot hold";
    if (!plan.endpoint().vendorOptions().includes().isEmpty()) {
      // The records it side-loads come beside its result, which the envelope reads from here on.
      refuseUnless(answer, refused, "!(result instanceof $T<?> related)", RuntimeTypes.RELATED);
      answer.addStatement("result = related.data()");
    }
    switch (plan.result()) {
      case NO_DATA -> {}
      case CREATED_ID ->
          refuseUnless(
              answer,
              refused,
              "!(result instanceof $T " + plan.convention().createdIdKey() + ")",
              ((ReturnShape.Single) returns).type().box());
      case OPTIONAL -> {
        answer.addStatement(
            "$T optional = ($T) result", Casts.OPTIONAL_OF_ANY, Casts.OPTIONAL_OF_ANY);
        declareData(
            answer,
            plan,
            ((ReturnShape.Single) returns).type(),
            "(optional == null ? null : optional.orElse(null))");
      }
      case SINGLE -> declareData(answer, plan, ((ReturnShape.Single) returns).type(), "result");
      case MULTIPLE -> {
        refuseUnless(answer, refused, "result == null");
        declareData(answer, plan, ((ReturnShape.Multiple) returns).type(), "result");
      }
      case PAGE -> {
        refuseUnless(answer, refused, "!(result instanceof $T page)", Casts.PAGE_OF_ANY);
        declareData(
            answer,
            plan,
            ParameterizedTypeName.get(
                ClassName.get(List.class), ((ReturnShape.Paged) returns).itemType()),
            "page.items()");
      }
    }
  }

  /**
   * Throws, for a 500 that {@code EnvelopesInternalErrors} logs, where the method's result cannot
   * be enveloped.
   */
  private static void refuseUnless(
      MethodSpec.Builder answer, String message, String condition, Object... arguments) {
    answer
        .beginControlFlow("if (" + condition + ")", arguments)
        .addStatement("throw new $T($S)", IllegalStateException.class, message)
        .endControlFlow();
  }

  /**
   * Declares {@code data} of {@code type} from {@code value}. The cast is unchecked for a
   * parameterized type, and safe: Spring hands back exactly what the method returned.
   */
  private static void declareData(
      MethodSpec.Builder answer, EndpointPlan plan, TypeName type, String value) {
    if (Casts.isUnchecked(type)) {
      answer.addCode(
          "@$T($S) // $L returns exactly this type\n",
          SuppressWarnings.class,
          "unchecked",
          plan.methodName());
    }
    if (type.equals(ClassName.OBJECT)) {
      answer.addStatement("$T data = $L", type, value);
      return;
    }
    answer.addStatement("$T data = ($T) $L", type, type.isPrimitive() ? type.box() : type, value);
  }
}
