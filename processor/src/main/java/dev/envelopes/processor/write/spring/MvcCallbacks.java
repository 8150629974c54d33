package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.envelopes.processor.write.Members;
import java.util.List;

/**
 * The methods of Spring MVC's interfaces that the glue implements, each up to its body, in Spring's
 * signature: its interceptor's, exception resolver's, return value handler's and body advice's.
 * Spring names their parameters alike, so each parameter is said once here.
 */
final class MvcCallbacks {

  private static final ParameterSpec REQUEST = parameter(SpringTypes.REQUEST, "request");
  private static final ParameterSpec RESPONSE = parameter(SpringTypes.RESPONSE, "response");
  private static final ParameterSpec HANDLER = parameter(ClassName.OBJECT, "handler");
  private static final ParameterSpec EXCEPTION =
      parameter(ClassName.get(Exception.class), "exception");
  private static final ParameterSpec RETURN_VALUE = parameter(ClassName.OBJECT, "returnValue");
  private static final ParameterSpec RETURN_TYPE =
      parameter(SpringTypes.METHOD_PARAMETER, "returnType");
  private static final ParameterSpec MAV_CONTAINER =
      parameter(SpringTypes.MODEL_AND_VIEW_CONTAINER, "mavContainer");
  private static final ParameterSpec WEB_REQUEST =
      parameter(SpringTypes.NATIVE_WEB_REQUEST, "webRequest");
  private static final ParameterSpec BODY = parameter(ClassName.OBJECT, "body");
  private static final ParameterSpec CONTENT_TYPE =
      parameter(SpringTypes.MEDIA_TYPE, "contentType");
  private static final ParameterSpec CONVERTER_TYPE =
      parameter(
          ParameterizedTypeName.get(
              ClassName.get(Class.class),
              WildcardTypeName.subtypeOf(
                  ParameterizedTypeName.get(
                      SpringTypes.MESSAGE_CONVERTER, WildcardTypeName.subtypeOf(Object.class)))),
          "converterType");
  private static final ParameterSpec SERVER_REQUEST =
      parameter(SpringTypes.SERVER_REQUEST, "request");
  private static final ParameterSpec SERVER_RESPONSE =
      parameter(SpringTypes.SERVER_RESPONSE, "response");

  private MvcCallbacks() {}

  /** {@code HandlerInterceptor.preHandle(request, response, handler)}. */
  static MethodSpec.Builder preHandle() {
    return callback("preHandle", TypeName.BOOLEAN, REQUEST, RESPONSE, HANDLER);
  }

  /** {@code HandlerExceptionResolver.resolveException(request, response, handler, exception)}. */
  static MethodSpec.Builder resolveException() {
    return callback(
        "resolveException", SpringTypes.MODEL_AND_VIEW, REQUEST, RESPONSE, HANDLER, EXCEPTION);
  }

  /** {@code HandlerMethodReturnValueHandler.supportsReturnType(returnType)}. */
  static MethodSpec.Builder supportsReturnType() {
    return callback("supportsReturnType", TypeName.BOOLEAN, RETURN_TYPE);
  }

  /** {@code HandlerMethodReturnValueHandler.handleReturnValue(...)}, which may throw anything. */
  static MethodSpec.Builder handleReturnValue() {
    return callback(
            "handleReturnValue",
            TypeName.VOID,
            RETURN_VALUE,
            RETURN_TYPE,
            MAV_CONTAINER,
            WEB_REQUEST)
        .addException(Exception.class);
  }

  /** {@code ResponseBodyAdvice.supports(returnType, converterType)}. */
  static MethodSpec.Builder supports() {
    return callback("supports", TypeName.BOOLEAN, RETURN_TYPE, CONVERTER_TYPE);
  }

  /**
   * {@code ResponseBodyAdvice.beforeBodyWrite(...)}, whose request and response are Spring's
   * {@code ServerHttpRequest} and {@code ServerHttpResponse}.
   */
  static MethodSpec.Builder beforeBodyWrite() {
    return callback(
        "beforeBodyWrite",
        ClassName.OBJECT,
        BODY,
        RETURN_TYPE,
        CONTENT_TYPE,
        CONVERTER_TYPE,
        SERVER_REQUEST,
        SERVER_RESPONSE);
  }

  private static MethodSpec.Builder callback(
      String name, TypeName returns, ParameterSpec... parameters) {
    return Members.publicOverride(name).returns(returns).addParameters(List.of(parameters));
  }

  private static ParameterSpec parameter(TypeName type, String name) {
    return ParameterSpec.builder(type, name).build();
  }
}
