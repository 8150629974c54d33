package dev.envelopes.bench.spring.runtime;

import dev.envelopes.Page;
import dev.envelopes.bench.runtime.ApiResponse;
import dev.envelopes.bench.spring.api.ItemController;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collection;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What Spring users write instead of generated envelopes (the graceful-response way): one advice
 * that wraps every JSON body of the API's controllers in the generic {@link ApiResponse} at run
 * time, deciding from the value what it is (a page, a list, a created id). It puts the same bytes,
 * status and headers on the wire as the generated meta envelope.
 */
@RestControllerAdvice(basePackageClasses = ItemController.class)
public class ApiResponseAdvice implements ResponseBodyAdvice<Object> {

  /** The page size of a request that names none: the API's one default, as such advice has. */
  private static final int DEFAULT_LIMIT = 25;

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof ApiResponse<?>) {
      return body;
    }
    HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
    if (body instanceof Page<?> page) {
      return ApiResponse.ok(page.items(), page.total(), pagination(servletRequest, page.total()));
    }
    if (body instanceof Collection<?> collection) {
      return ApiResponse.ok(collection, (long) collection.size(), null);
    }
    if (request.getMethod() == HttpMethod.POST && body instanceof Long id) {
      response.setStatusCode(HttpStatus.CREATED);
      response.getHeaders().setLocation(URI.create(servletRequest.getRequestURI() + "/" + id));
      return new ApiResponse<>(true, 201, "Created", 201, "Created", null, id, null, null);
    }
    return ApiResponse.ok(body, null, null);
  }

  private static ApiResponse.Pagination pagination(HttpServletRequest request, long total) {
    long offset = number(request, "offset", 0);
    long limit = number(request, "limit", DEFAULT_LIMIT);
    return ApiResponse.Pagination.of(
        offset, limit, total, (at, size) -> link(request, at, size));
  }

  private static URI link(HttpServletRequest request, long offset, long limit) {
    return URI.create(
        UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam("offset", offset)
            .replaceQueryParam("limit", limit)
            .build()
            .toUriString());
  }

  private static long number(HttpServletRequest request, String name, long fallback) {
    String value = request.getParameter(name);
    return value == null || value.isEmpty() ? fallback : Long.parseLong(value);
  }
}
