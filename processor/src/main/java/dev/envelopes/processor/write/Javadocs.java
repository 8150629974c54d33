package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;

/** Javadoc fragments that point generated code back at the user's source. */
public final class Javadocs {

  private Javadocs() {}

  /** {@code {@link ProjectResource#list(long, int)}}: the user's method, exactly. */
  public static CodeBlock methodLink(ResourceModel resource, EndpointModel endpoint) {
    CodeBlock.Builder link =
        CodeBlock.builder().add("{@link $T#$L(", resource.type(), endpoint.name());
    for (int i = 0; i < endpoint.parameters().size(); i++) {
      ParameterModel parameter = endpoint.parameters().get(i);
      link.add(i == 0 ? "$T" : ", $T", parameter.type());
    }
    return link.add(")}").build();
  }
}
