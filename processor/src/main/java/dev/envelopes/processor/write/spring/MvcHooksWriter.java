package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.KeepingConstructors;
import dev.envelopes.processor.write.Members;
import dev.envelopes.processor.write.PathStyleWriter;
import dev.envelopes.processor.write.RuntimeTypes;
import dev.envelopes.processor.write.StyleOfWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Renders where the glue hooks into Spring MVC: {@code EnvelopesEndpoints}, the enveloped handler
 * methods by their {@code Method}; {@code EnvelopesReturnValues}, the return value handler that
 * envelopes what they return; {@code EnvelopesPagingChecks}, the interceptor that checks a request
 * before the handler runs; and {@code EnvelopesHeaders}, the filter that marks every answer.
 */
final class MvcHooksWriter {

  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  private MvcHooksWriter() {}

  static TypeSpec endpoints(SpringNames names, ApiPlan plan, StyleSwitch styles) {
    List<ResourcePlan> controllers = plan.resources();
    TypeName byMethod =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(Method.class), names.endpoint());
    TypeName types =
        ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(Method.class), SpringTypes.METHOD_PARAMETER);
    TypeName byController =
        ParameterizedTypeName.get(ClassName.get(Map.class), ANY_CLASS, byMethod);
    TypeName typesByController =
        ParameterizedTypeName.get(ClassName.get(Map.class), ANY_CLASS, types);
    CodeBlock.Builder entries = CodeBlock.builder();
    for (ResourcePlan controller : controllers) {
      entries.add(
          entries.isEmpty()
              ? "\n$T.entry($T.class, $T.endpoints($L))"
              : ",\n$T.entry($T.class, $T.endpoints($L))",
          Map.class,
          controller.resource().type(),
          ControllerEnvelopesWriter.nameOf(controller),
          styles.holdsCursorKeys(controller) ? "properties" : "");
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    if (plan.signsCursors()) {
      constructor
          .addJavadoc(
              """
@param properties the application's properties, which configure the keys of the cursors
""")
          .addParameter(SpringCursorKeys.properties())
          .addStatement(SpringCursorKeys.warnIfMissing());
    }
    constructor
        .addCode("this.byController = $T.ofEntries($>$>$L$<$<);\n", Map.class, entries.build())
        .addStatement("$T all = new $T<>()", typesByController, HashMap.class)
        .addCode("byController.forEach((controller, endpoints) -> {\n$>")
        .addStatement("$T ofController = new $T<>()", types, HashMap.class)
        .addStatement(
            "endpoints.forEach((method, endpoint) ->$WofController.put(method, new $T(method,"
                + " endpoint.envelopeType())))",
            names.returnType())
        .addStatement("all.put(controller, $T.copyOf(ofController))", Map.class)
        .addCode("$<});\n")
        .addStatement("this.envelopeTypes = $T.copyOf(all)", Map.class);
    TypeSpec.Builder type =
        Members.supportClass(names.endpoints())
            .addJavadoc(
                """
The enveloped handler methods of the API, by their {@code Method}: what the return value handler,
the paging checks and the exception handler look up for each request, in one hash lookup. The
methods are looked up once, when the application starts; no request reflects on anything.
""")
            .addField(
                FieldSpec.builder(byController, "byController", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc(
                        """
The endpoints of each controller: its own handler methods and those it inherits, which two
controllers may share.
""")
                    .build())
            .addField(
                FieldSpec.builder(
                        typesByController, "envelopeTypes", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc(
                        """
The return type each method's answer is written as: its envelope record, with the method's own
annotations.
""")
                    .build())
            .addMethod(constructor.build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(names.endpoint())
                    .addJavadoc(
                        """
The endpoint of {@code method} of {@code controller} (Spring's bean type of the handler), or
{@code null} when it is not enveloped.
""")
                    .addParameter(ANY_CLASS, "controller")
                    .addParameter(Method.class, "method")
                    .addStatement(
                        "$T endpoints = byController.get(controller)",
                        ParameterizedTypeName.get(
                            ClassName.get(Map.class),
                            ClassName.get(Method.class),
                            names.endpoint()))
                    .addStatement("return endpoints == null ? null : endpoints.get(method)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("envelopeTypeOf")
                    .returns(SpringTypes.METHOD_PARAMETER)
                    .addJavadoc(
                        """
The return type the answer of {@code method} of {@code controller} is written as.
""")
                    .addParameter(ANY_CLASS, "controller")
                    .addParameter(Method.class, "method")
                    .addStatement("return envelopeTypes.get(controller).get(method)")
                    .build())
            .addMethod(
                Members.publicStatic("method")
                    .returns(Method.class)
                    .addJavadoc(
                        """
The handler method of {@code type} with {@code name} and {@code parameterTypes}, its own or
inherited, which the processor saw when it compiled the controller.
""")
                    .addParameter(ANY_CLASS, "type")
                    .addParameter(String.class, "name")
                    .addParameter(ArrayTypeName.of(ANY_CLASS), "parameterTypes")
                    .varargs()
                    .beginControlFlow(
                        "for ($T declaring = type; declaring != null; declaring ="
                            + " declaring.getSuperclass())",
                        ANY_CLASS)
                    .beginControlFlow("try")
                    .addStatement("return declaring.getDeclaredMethod(name, parameterTypes)")
                    .nextControlFlow("catch ($T inherited)", NoSuchMethodException.class)
                    .addComment("Declared further up, if anywhere.")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement(
                        "throw new $T(type.getName() + $S + name$W+ $S)",
                        IllegalStateException.class,
                        ".",
                        " is not the method Envelopes generated code for: compile the API again")
                    .build());
    if (styles.mixed()) {
      PathStyleWriter paths = new PathStyleWriter(plan.exceptions().pathStyles());
      type.addFields(paths.fields()).addMethod(styleOf(names, plan)).addMethod(paths.styleOfPath());
    }
    return type.build();
  }

  /**
   * {@code styleOf}: the style of the handler method the request reached, found by its {@code
   * Method}; from the path for a request that reached none.
   */
  private static MethodSpec styleOf(SpringNames names, ApiPlan plan) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("styleOf")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.STYLE)
            .addJavadoc(
                """
The style of the handler method the request reached, as its annotations chose it; for a request
that reached none, such as one for an unknown path, that of the controller its path matches.
""")
            .addParameter(SpringTypes.REQUEST, "request")
            .beginControlFlow(
                "if (!(request.getAttribute($T.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof $T"
                    + " handler))",
                SpringTypes.HANDLER_MAPPING,
                SpringTypes.HANDLER_METHOD)
            .addStatement(
                "return styleOfPath(request.getRequestURI().substring("
                    + "request.getContextPath().length()))")
            .endControlFlow()
            .addStatement(
                "$T endpoint = of(handler.getBeanType(), handler.getMethod())", names.endpoint())
            .beginControlFlow("if (endpoint != null)")
            .addStatement("return endpoint.style()")
            .endControlFlow()
            .addStatement("$T resource = handler.getBeanType()", ANY_CLASS);
    // The method only where a controller's methods answer in styles of their own.
    if (plan.exceptions().resourceStyles().stream()
        .anyMatch(resource -> resource.whole().isEmpty())) {
      method.addStatement("$T method = handler.getMethod()", Method.class);
    }
    return StyleOfWriter.byResource(method, plan.exceptions());
  }

  static TypeSpec returnValues(SpringNames names) {
    ClassName self = names.returnValues();
    TypeName handlers =
        ParameterizedTypeName.get(ClassName.get(List.class), SpringTypes.RETURN_VALUE_HANDLER);
    ClassName links = names.shared().publicLinks();
    return Members.finalClass(self)
        .addSuperinterface(SpringTypes.RETURN_VALUE_HANDLER)
        .addJavadoc(
            """
Writes what an enveloped handler method returned as its envelope: the method's endpoint makes the
envelope and sets its status and headers, then Spring's own {@code @ResponseBody} processor writes
it, with content negotiation, message converters and {@code ResponseBodyAdvice} as usual, but for
the envelope's type rather than the method's. It stands first among the adapter's return value
handlers, so that it sees a {@code ResponseEntity} before Spring's {@code HttpEntity} processor
does; a {@code CompletableFuture} passes to Spring's handler, which calls this one again with
the value it completes with.
""")
        .addField(names.endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL)
        .addField(SpringTypes.RETURN_VALUE_HANDLER, "bodies", Modifier.PRIVATE, Modifier.FINAL)
        .addField(links, "links", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            KeepingConstructors.keeping(
                    MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE),
                    List.of(names.endpoints(), SpringTypes.RETURN_VALUE_HANDLER, links),
                    List.of("endpoints", "bodies", "links"))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("install")
                .addModifiers(Modifier.STATIC)
                .addJavadoc(
                    "Puts the handler first among {@code adapter}'s, once it is initialized.\n")
                .addParameter(SpringTypes.HANDLER_ADAPTER, "adapter")
                .addParameter(names.endpoints(), "endpoints")
                .addParameter(links, "links")
                .addStatement(
                    "$T handlers = new $T<>(adapter.getReturnValueHandlers())",
                    handlers,
                    ArrayList.class)
                .addStatement(
                    "$T bodies = handlers.stream()$>$>\n.filter($T.class::isInstance)\n.findFirst()"
                        + "\n.orElseThrow(() -> new $T($S))$<$<",
                    SpringTypes.RETURN_VALUE_HANDLER,
                    SpringTypes.BODY_PROCESSOR,
                    IllegalStateException.class,
                    "Spring MVC has no @ResponseBody processor")
                .addStatement("handlers.add(0, new $T(endpoints, bodies, links))", self)
                .addStatement("adapter.setReturnValueHandlers(handlers)")
                .build())
        .addMethod(
            MvcCallbacks.supportsReturnType()
                .addComment(
                    "A future is Spring's to wait for: it calls this handler again with the value"
                        + " the future")
                .addComment("completes with, whose type the parameter then gives.")
                .addStatement(
                    "return endpoints.of(returnType.getContainingClass(), returnType.getMethod())"
                        + " != null$W&& !$T.class"
                        + ".isAssignableFrom(returnType.getParameterType())",
                    CompletionStage.class)
                .build())
        .addMethod(
            MvcCallbacks.handleReturnValue()
                .addStatement(
                    "$T request = webRequest.getNativeRequest($T.class)",
                    SpringTypes.REQUEST,
                    SpringTypes.REQUEST)
                .addStatement(
                    "$T response = webRequest.getNativeResponse($T.class)",
                    SpringTypes.RESPONSE,
                    SpringTypes.RESPONSE)
                .addStatement("$T result = returnValue", Object.class)
                .beginControlFlow(
                    "if (returnValue instanceof $T<?> entity)", SpringTypes.HTTP_ENTITY)
                .addComment("The entity's status and headers stand; its body is enveloped.")
                .beginControlFlow(
                    "if (entity instanceof $T<?> withStatus)", SpringTypes.RESPONSE_ENTITY)
                .addStatement("response.setStatus(withStatus.getStatusCode().value())")
                .endControlFlow()
                .addStatement(
                    "entity.getHeaders().forEach((name, values) -> values.forEach(value ->"
                        + " response.addHeader(name, value)))")
                .addStatement("result = entity.getBody()")
                .endControlFlow()
                .addStatement(
                    "$T envelope = endpoints.of(returnType.getContainingClass(),"
                        + " returnType.getMethod())$W.answer(result, request, response, links)",
                    Object.class)
                .addStatement(
                    "bodies.handleReturnValue(envelope,"
                        + " endpoints.envelopeTypeOf(returnType.getContainingClass(),"
                        + " returnType.getMethod()),$WmavContainer,"
                        + " webRequest)")
                .build())
        .build();
  }

  static TypeSpec pagingChecks(SpringNames names) {
    return Members.finalClass(names.pagingChecks())
        .addSuperinterface(SpringTypes.HANDLER_INTERCEPTOR)
        .addJavadoc(
            """
Runs the checks of an enveloped handler method, such as its paging parameters, once Spring chose
the method and before it converts the request's parameters for it: a refused request is answered
by {@link $T} in the method's style, and the method is not called.
""",
            names.exceptionHandler())
        .addField(names.endpoints(), "endpoints", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(names.endpoints(), "endpoints")
                .addStatement("this.endpoints = endpoints")
                .build())
        .addMethod(
            MvcCallbacks.preHandle()
                .beginControlFlow("if (handler instanceof $T method)", SpringTypes.HANDLER_METHOD)
                .addStatement(
                    "$T endpoint = endpoints.of(method.getBeanType(), method.getMethod())",
                    names.endpoint())
                .beginControlFlow("if (endpoint != null)")
                .addStatement("endpoint.check(request)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build())
        .build();
  }

  static TypeSpec headers(SpringNames names) {
    return ServletFilters.filterClass(names.shared().headers())
        .addJavadoc(
            """
Marks every answer {@code X-Content-Type-Options: nosniff}, errors and Boot's error path
included, so that no browser reads an answer that repeats the client's text as anything but its
declared type. A servlet filter, ahead of the handler and of any error: the place for the headers
of every answer.

<p>It also refuses, as a bad request in the style of the path, a query with an escape that is
no escape ({@code ?x=%zz}), as Jakarta REST does: servlet containers differ on it, Tomcat 11
throwing where a parameter is first read and Tomcat 10.1 dropping the parameter.
""")
        .addField(
            FieldSpec.builder(
                    Pattern.class,
                    "MALFORMED_ESCAPE",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("A percent sign that two hexadecimal digits do not follow.\n")
                .initializer("$T.compile($S)", Pattern.class, "%(?![0-9A-Fa-f]{2})")
                .build())
        .addMethod(
            ServletFilters.doFilterInternal()
                .addStatement("response.setHeader($S, $S)", "X-Content-Type-Options", "nosniff")
                .beginControlFlow(
                    "if (request.getQueryString() != null$W&&"
                        + " MALFORMED_ESCAPE.matcher(request.getQueryString()).find())")
                .addStatement("response.sendError($T.SC_BAD_REQUEST)", SpringTypes.RESPONSE)
                .addStatement("return")
                .endControlFlow()
                .addStatement("chain.doFilter(request, response)")
                .build())
        .build();
  }
}
