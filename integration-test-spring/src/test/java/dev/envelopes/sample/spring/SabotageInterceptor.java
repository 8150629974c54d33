package dev.envelopes.sample.spring;

import dev.envelopes.sample.support.Sabotage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A test's {@link Sabotage}, a Jakarta REST request filter, as Spring MVC runs one: it throws the
 * armed failure once Spring has chosen the controller method, as a filter that is not pre-matching
 * does once the resource method is matched, so that the answer takes the method's style. What it
 * throws goes to the exception handlers as what a controller method throws does.
 */
final class SabotageInterceptor implements HandlerInterceptor {

  private final Sabotage sabotage;

  SabotageInterceptor(Sabotage sabotage) {
    this.sabotage = sabotage;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod) {
      // Sabotage reads nothing of the request: it throws what is armed, if anything is.
      sabotage.filter(null);
    }
    return true;
  }
}
