package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.envelopes.processor.write.Members;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * What every servlet filter of the Spring glue shares: a {@code OncePerRequestFilter}, and the one
 * method it implements.
 */
final class ServletFilters {

  private ServletFilters() {}

  /** The final generated class {@code self}, a filter that runs once per request. */
  static TypeSpec.Builder filterClass(ClassName self) {
    return Members.finalClass(self).superclass(SpringTypes.ONCE_PER_REQUEST_FILTER);
  }

  /** {@code doFilterInternal(request, response, chain)}, up to its body. */
  static MethodSpec.Builder doFilterInternal() {
    return MethodSpec.methodBuilder("doFilterInternal")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(SpringTypes.REQUEST, "request")
        .addParameter(SpringTypes.RESPONSE, "response")
        .addParameter(SpringTypes.FILTER_CHAIN, "chain")
        .addException(SpringTypes.SERVLET_EXCEPTION)
        .addException(IOException.class);
  }
}
