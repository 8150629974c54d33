package dev.envelopes.bench.spring.jmh;

import dev.envelopes.bench.spring.api.ItemController;
import dev.envelopes.bench.spring.api.NewItem;
import dev.envelopes.bench.spring.http.SpringEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * One payload's way from what a handler method returned to JSON bytes, as Spring MVC runs it after
 * the call, in one side's running application: the interceptors' {@code preHandle} (the generated
 * side's paging check among them), then the adapter's return value handlers, as {@code
 * ServletInvocableHandlerMethod} calls them: on the generated side the generated handler first,
 * which makes the envelope and hands it to Spring's {@code @ResponseBody} processor; on the runtime
 * side that processor, whose {@code ResponseBodyAdvice} wraps the value. An exception the handler
 * method threw goes to the application's exception resolvers instead, in the order {@code
 * DispatcherServlet} asks them: the generated {@code EnvelopesExceptionHandler}, or the
 * hand-written {@code @ExceptionHandler} advice. Both write with the application's Jackson 3
 * message converter into a reused buffer ({@link BufferResponse}): no HTTP.
 */
public final class ReturnValuePath {

  /**
   * The payloads: a record, a list of 25, a page of 300 of 1,000, a created id, and an exception
   * the API declares (a 404).
   */
  public enum Payload {
    ONE("GET", "/items/1"),
    LIST_OF_25("GET", "/items/first"),
    PAGE_OF_300("GET", "/items?offset=300&limit=300"),
    CREATED("POST", "/items"),
    DECLARED_ERROR("GET", "/items/0");

    private final String method;
    private final String uri;

    Payload(String method, String uri) {
      this.method = method;
      this.uri = uri;
    }

    /**
     * What the controller returns for it, as it returns it over HTTP; for {@link #DECLARED_ERROR},
     * the exception it throws.
     */
    Object returnValue(ItemController controller) {
      return switch (this) {
        case ONE -> controller.item(1);
        case LIST_OF_25 -> controller.first();
        case PAGE_OF_300 -> controller.page(300, 300);
        case CREATED -> controller.create(new NewItem("a new item", "ada"));
        case DECLARED_ERROR -> thrownBy(() -> controller.item(0));
      };
    }

    private static RuntimeException thrownBy(Runnable call) {
      try {
        call.run();
      } catch (RuntimeException thrown) {
        return thrown;
      }
      throw new IllegalStateException("the controller threw nothing");
    }
  }

  private final MockHttpServletRequest request;
  private final BufferResponse response = new BufferResponse();
  private final ServletWebRequest webRequest;
  private final HandlerMethod handler;
  private final HandlerInterceptor[] interceptors;

  /** The adapter's return value handlers, in its order. */
  private final List<HandlerMethodReturnValueHandler> handlers;

  /** Them, as the adapter asks them: the first that supports the return type answers. */
  private final HandlerMethodReturnValueHandlerComposite returnValueHandlers;

  private final Object returnValue;

  /** The application's exception resolvers, in {@code DispatcherServlet}'s order. */
  private final List<HandlerExceptionResolver> exceptionResolvers;

  private ReturnValuePath(ApplicationContext context, Payload payload) throws Exception {
    MockHttpServletRequestBuilder builder =
        MockMvcRequestBuilders.request(HttpMethod.valueOf(payload.method), payload.uri);
    if (payload == Payload.CREATED) {
      builder.contentType(MediaType.APPLICATION_JSON).content(SpringEndpoint.NEW_ITEM);
    }
    request = builder.buildRequest(new MockServletContext());
    ServletRequestPathUtils.parseAndCache(request);
    // The handler the dispatcher would choose, which also sets the request attributes it sets.
    HandlerExecutionChain chain =
        context
            .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
            .getHandler(request);
    if (chain == null) {
      throw new IllegalStateException("no handler for " + payload.uri);
    }
    handler = (HandlerMethod) chain.getHandler();
    interceptors = chain.getInterceptorList().toArray(HandlerInterceptor[]::new);
    handlers =
        context
            .getBean("requestMappingHandlerAdapter", RequestMappingHandlerAdapter.class)
            .getReturnValueHandlers();
    returnValueHandlers = new HandlerMethodReturnValueHandlerComposite().addHandlers(handlers);
    webRequest = new ServletWebRequest(request, response);
    returnValue = payload.returnValue(context.getBean(ItemController.class));
    exceptionResolvers =
        new ArrayList<>(context.getBeansOfType(HandlerExceptionResolver.class).values());
    AnnotationAwareOrderComparator.sort(exceptionResolvers);
  }

  /** The path of {@code payload} in the application {@code context}. */
  public static ReturnValuePath of(ApplicationContext context, Payload payload) {
    try {
      return new ReturnValuePath(context, payload);
    } catch (Exception unexpected) {
      throw new IllegalStateException("cannot set up " + payload, unexpected);
    }
  }

  /** Answers the return value into the reused response, and answers the length of its body. */
  public int run() {
    response.clear();
    try {
      for (HandlerInterceptor interceptor : interceptors) {
        if (!interceptor.preHandle(request, response, handler)) {
          throw new IllegalStateException(interceptor + " refused the request");
        }
      }
      if (returnValue instanceof Exception thrown) {
        resolve(thrown);
      } else {
        returnValueHandlers.handleReturnValue(
            returnValue,
            handler.getReturnValueType(returnValue),
            new ModelAndViewContainer(),
            webRequest);
      }
    } catch (Exception unexpected) {
      throw new IllegalStateException(unexpected);
    }
    return response.bodyLength();
  }

  /** Answers {@code thrown} as the first exception resolver that answers it does. */
  private void resolve(Exception thrown) {
    for (HandlerExceptionResolver resolver : exceptionResolvers) {
      if (resolver.resolveException(request, response, handler, thrown) != null) {
        return;
      }
    }
    throw new IllegalStateException("no exception resolver answered " + thrown);
  }

  /** The status the last run set. */
  public int status() {
    return response.getStatus();
  }

  /** The JSON the last run wrote. */
  public byte[] json() {
    return response.body();
  }

  /** The headers the last run set, by name. */
  public Map<String, String> headers() {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response
        .getHeaderNames()
        .forEach(name -> headers.put(name, response.getHeaders(name).toString()));
    return headers;
  }

  /** The handler that answers the return value: the first of the adapter's that supports it. */
  public HandlerMethodReturnValueHandler returnValueHandler() {
    return handlers.stream()
        .filter(candidate -> candidate.supportsReturnType(handler.getReturnValueType(returnValue)))
        .findFirst()
        .orElseThrow();
  }
}
