package dev.envelopes.sample;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A servlet filter of the user's that fails outside any handler method, when a request asks: its
 * errors reach Spring Boot's error path, not the {@code @RestControllerAdvice}.
 */
@Component
class FailingFilter extends OncePerRequestFilter {

  /** What the filter's exception says: a secret that must reach the log once, and no client. */
  static final String SECRET = "filter-secret-s3cr3t";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String fail = request.getHeader("X-Fail");
    if ("throw".equals(fail)) {
      throw new IllegalStateException(SECRET);
    }
    if ("503".equals(fail)) {
      response.sendError(503);
      return;
    }
    chain.doFilter(request, response);
  }
}
