package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The types of Spring, Spring Boot and the servlet API that the generated Spring glue names:
 * strings, since the processor does not depend on Spring (the annotations jar's are {@link
 * dev.envelopes.processor.write.RuntimeTypes}).
 */
final class SpringTypes {

  private static final String WEB = "org.springframework.web";
  private static final String MVC = "org.springframework.web.servlet";
  private static final String HTTP = "org.springframework.http";

  static final ClassName REQUEST = ClassName.get("jakarta.servlet.http", "HttpServletRequest");
  static final ClassName RESPONSE = ClassName.get("jakarta.servlet.http", "HttpServletResponse");
  static final ClassName REQUEST_WRAPPER =
      ClassName.get("jakarta.servlet.http", "HttpServletRequestWrapper");
  static final ClassName FILTER_CHAIN = ClassName.get("jakarta.servlet", "FilterChain");
  static final ClassName SERVLET_EXCEPTION = ClassName.get("jakarta.servlet", "ServletException");
  static final ClassName REQUEST_DISPATCHER = ClassName.get("jakarta.servlet", "RequestDispatcher");

  static final ClassName METHOD_PARAMETER =
      ClassName.get("org.springframework.core", "MethodParameter");
  static final ClassName ORDERED = ClassName.get("org.springframework.core", "Ordered");
  static final ClassName ORDER = ClassName.get("org.springframework.core.annotation", "Order");
  static final ClassName ENVIRONMENT = ClassName.get("org.springframework.core.env", "Environment");
  static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
  static final ClassName HANDLER_EXCEPTION_RESOLVER =
      ClassName.get("org.springframework.web.servlet", "HandlerExceptionResolver");
  static final ClassName MODEL_AND_VIEW =
      ClassName.get("org.springframework.web.servlet", "ModelAndView");
  static final ClassName OBJECT_PROVIDER =
      ClassName.get("org.springframework.beans.factory", "ObjectProvider");
  static final ClassName SMART_INITIALIZING_SINGLETON =
      ClassName.get("org.springframework.beans.factory", "SmartInitializingSingleton");
  static final ClassName QUALIFIER =
      ClassName.get("org.springframework.beans.factory.annotation", "Qualifier");
  static final ClassName MESSAGE_SOURCE_RESOLVABLE =
      ClassName.get("org.springframework.context", "MessageSourceResolvable");
  static final ClassName CONVERSION_NOT_SUPPORTED =
      ClassName.get("org.springframework.beans", "ConversionNotSupportedException");
  static final ClassName TYPE_MISMATCH =
      ClassName.get("org.springframework.beans", "TypeMismatchException");

  static final ClassName HTTP_ENTITY = ClassName.get(HTTP, "HttpEntity");
  static final ClassName RESPONSE_ENTITY = ClassName.get(HTTP, "ResponseEntity");
  static final ClassName HTTP_HEADERS = ClassName.get(HTTP, "HttpHeaders");
  static final ClassName HTTP_STATUS = ClassName.get(HTTP, "HttpStatus");
  static final ClassName HTTP_STATUS_CODE = ClassName.get(HTTP, "HttpStatusCode");
  static final ClassName MEDIA_TYPE = ClassName.get(HTTP, "MediaType");

  /** {@code ResponseEntity<Object>}: an answer the glue builds whole, such as every error. */
  static final TypeName ANSWER = ParameterizedTypeName.get(RESPONSE_ENTITY, ClassName.OBJECT);

  static final ClassName MESSAGE_NOT_READABLE =
      ClassName.get(HTTP + ".converter", "HttpMessageNotReadableException");
  static final ClassName MESSAGE_NOT_WRITABLE =
      ClassName.get(HTTP + ".converter", "HttpMessageNotWritableException");
  static final ClassName MESSAGE_CONVERTER =
      ClassName.get(HTTP + ".converter", "HttpMessageConverter");
  static final ClassName SERVER_REQUEST = ClassName.get(HTTP + ".server", "ServerHttpRequest");
  static final ClassName SERVER_RESPONSE = ClassName.get(HTTP + ".server", "ServerHttpResponse");
  static final ClassName SERVLET_SERVER_REQUEST =
      ClassName.get(HTTP + ".server", "ServletServerHttpRequest");
  static final ClassName SERVLET_SERVER_RESPONSE =
      ClassName.get(HTTP + ".server", "ServletServerHttpResponse");

  static final ClassName ERRORS = ClassName.get("org.springframework.validation", "Errors");
  static final ClassName FIELD_ERROR =
      ClassName.get("org.springframework.validation", "FieldError");
  static final ClassName OBJECT_ERROR =
      ClassName.get("org.springframework.validation", "ObjectError");
  static final ClassName PARAMETER_ERRORS =
      ClassName.get("org.springframework.validation.method", "ParameterErrors");
  static final ClassName PARAMETER_VALIDATION_RESULT =
      ClassName.get("org.springframework.validation.method", "ParameterValidationResult");
  static final ClassName METHOD_VALIDATION_EXCEPTION =
      ClassName.get("org.springframework.validation.method", "MethodValidationException");

  static final ClassName ERROR_RESPONSE = ClassName.get(WEB, "ErrorResponse");
  static final ClassName MEDIA_TYPE_EXCEPTION = ClassName.get(WEB, "HttpMediaTypeException");
  static final ClassName INVALID_MEDIA_TYPE = ClassName.get(HTTP, "InvalidMediaTypeException");
  static final ClassName ERROR_RESPONSE_EXCEPTION = ClassName.get(WEB, "ErrorResponseException");
  static final ClassName MEDIA_TYPE_NOT_ACCEPTABLE =
      ClassName.get(WEB, "HttpMediaTypeNotAcceptableException");
  static final ClassName MEDIA_TYPE_NOT_SUPPORTED =
      ClassName.get(WEB, "HttpMediaTypeNotSupportedException");
  static final ClassName METHOD_NOT_SUPPORTED =
      ClassName.get(WEB, "HttpRequestMethodNotSupportedException");
  static final ClassName BINDING_EXCEPTION =
      ClassName.get(WEB + ".bind", "ServletRequestBindingException");
  static final ClassName ARGUMENT_NOT_VALID =
      ClassName.get(WEB + ".bind", "MethodArgumentNotValidException");
  static final ClassName MISSING_PARAMETER =
      ClassName.get(WEB + ".bind", "MissingServletRequestParameterException");
  static final ClassName EXCEPTION_HANDLER =
      ClassName.get(WEB + ".bind.annotation", "ExceptionHandler");
  static final ClassName PATH_VARIABLE = ClassName.get(WEB + ".bind.annotation", "PathVariable");
  static final ClassName REQUEST_PARAM = ClassName.get(WEB + ".bind.annotation", "RequestParam");
  static final ClassName REQUEST_MAPPING =
      ClassName.get(WEB + ".bind.annotation", "RequestMapping");
  static final ClassName REST_CONTROLLER =
      ClassName.get(WEB + ".bind.annotation", "RestController");
  static final ClassName REST_CONTROLLER_ADVICE =
      ClassName.get(WEB + ".bind.annotation", "RestControllerAdvice");
  static final ClassName CONTROLLER_ADVICE =
      ClassName.get(WEB + ".bind.annotation", "ControllerAdvice");
  static final ClassName ASYNC_REQUEST_TIMEOUT =
      ClassName.get(WEB + ".context.request.async", "AsyncRequestTimeoutException");
  static final ClassName NATIVE_WEB_REQUEST =
      ClassName.get(WEB + ".context.request", "NativeWebRequest");
  static final ClassName ONCE_PER_REQUEST_FILTER =
      ClassName.get(WEB + ".filter", "OncePerRequestFilter");
  static final ClassName HANDLER_METHOD = ClassName.get(WEB + ".method", "HandlerMethod");
  static final ClassName HANDLER_METHOD_VALIDATION =
      ClassName.get(WEB + ".method.annotation", "HandlerMethodValidationException");
  static final ClassName ARGUMENT_TYPE_MISMATCH =
      ClassName.get(WEB + ".method.annotation", "MethodArgumentTypeMismatchException");
  static final ClassName RETURN_VALUE_HANDLER =
      ClassName.get(WEB + ".method.support", "HandlerMethodReturnValueHandler");
  static final ClassName MODEL_AND_VIEW_CONTAINER =
      ClassName.get(WEB + ".method.support", "ModelAndViewContainer");
  static final ClassName MAX_UPLOAD_SIZE =
      ClassName.get(WEB + ".multipart", "MaxUploadSizeExceededException");
  static final ClassName MISSING_PART =
      ClassName.get(WEB + ".multipart.support", "MissingServletRequestPartException");
  static final ClassName URI_UTILS = ClassName.get(WEB + ".util", "UriUtils");

  static final ClassName HANDLER_INTERCEPTOR = ClassName.get(MVC, "HandlerInterceptor");
  static final ClassName HANDLER_MAPPING = ClassName.get(MVC, "HandlerMapping");
  static final ClassName NO_HANDLER_FOUND = ClassName.get(MVC, "NoHandlerFoundException");
  static final ClassName INTERCEPTOR_REGISTRY =
      ClassName.get(MVC + ".config.annotation", "InterceptorRegistry");
  static final ClassName WEB_MVC_CONFIGURER =
      ClassName.get(MVC + ".config.annotation", "WebMvcConfigurer");
  static final ClassName HANDLER_ADAPTER =
      ClassName.get(MVC + ".mvc.method.annotation", "RequestMappingHandlerAdapter");
  static final ClassName BODY_PROCESSOR =
      ClassName.get(MVC + ".mvc.method.annotation", "RequestResponseBodyMethodProcessor");
  static final ClassName BODY_ADVICE =
      ClassName.get(MVC + ".mvc.method.annotation", "ResponseBodyAdvice");
  static final ClassName NO_RESOURCE_FOUND =
      ClassName.get(MVC + ".resource", "NoResourceFoundException");

  static final ClassName AUTO_CONFIGURATION =
      ClassName.get("org.springframework.boot.autoconfigure", "AutoConfiguration");
  static final ClassName FILTER_REGISTRATION =
      ClassName.get("org.springframework.boot.web.servlet", "FilterRegistrationBean");

  private SpringTypes() {}
}
