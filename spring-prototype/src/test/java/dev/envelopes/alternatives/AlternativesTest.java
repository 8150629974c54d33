package dev.envelopes.alternatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.sample.EnvelopesConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Evidence for DESIGN.md, on a small application without Envelopes: what the designs the prototype
 * did not take do on the same Spring.
 */
@SpringBootTest(
    classes = AlternativesTest.Application.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlternativesTest {

  @LocalServerPort private int port;

  @Test
  void aResponseBodyAdviceWrapsARecordButFailsOnAHandlerDeclaredToReturnString() throws Exception {
    HttpResponse<String> record = get("/record");
    HttpResponse<String> text = get("/text");

    assertEquals(200, record.statusCode());
    assertEquals("{\"wrapped\":{\"title\":\"Loom\"}}", record.body());
    // Spring chose StringHttpMessageConverter from the declared String before the advice ran; it
    // cannot write the advice's Map, and the request fails.
    assertEquals(418, text.statusCode());
    assertEquals("handler=text failed with ClassCastException", text.body());
  }

  @Test
  void anExceptionHandlersHandlerMethodParameterIsTheFailedMethod() throws Exception {
    assertEquals("handler=fail failed with UnsupportedOperationException", get("/fail").body());
  }

  @Test
  void anExceptionHandlersHandlerMethodParameterCannotBeResolvedWhenNoHandlerMatched()
      throws Exception {
    HttpResponse<String> unknown = get("/no/such/path");

    // The handler failed ("Failure in @ExceptionHandler"), and Boot's BasicErrorController answered.
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("\"error\":\"Not Found\""), unknown::body);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = EnvelopesConfiguration.class)
  @Import({Handlers.class, Wrapping.class, Failures.class})
  static class Application {}

  @RestController
  static class Handlers {
    @GetMapping("/record")
    Book record() {
      return new Book("Loom");
    }

    @GetMapping("/text")
    String text() {
      return "Loom";
    }

    @GetMapping("/fail")
    String fail() {
      throw new UnsupportedOperationException("fail");
    }
  }

  record Book(String title) {}

  /** The run-time wrapper the "unified response" starters install. */
  @RestControllerAdvice
  static class Wrapping implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(
        MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
      return returnType.getContainingClass() == Handlers.class;
    }

    @Override
    public Object beforeBodyWrite(
        Object body,
        MethodParameter returnType,
        MediaType selectedContentType,
        Class<? extends HttpMessageConverter<?>> selectedConverterType,
        ServerHttpRequest request,
        ServerHttpResponse response) {
      Map<String, Object> wrapped = new LinkedHashMap<>();
      wrapped.put("wrapped", body);
      return wrapped;
    }
  }

  @RestControllerAdvice
  static class Failures {
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> any(Exception exception, HandlerMethod handler) {
      return ResponseEntity.status(418)
          .contentType(MediaType.TEXT_PLAIN)
          .body(
              "handler="
                  + handler.getMethod().getName()
                  + " failed with "
                  + exception.getClass().getSimpleName());
    }
  }
}
