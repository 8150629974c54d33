package dev.envelopes.processor.convention;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ReturnShape;
import java.util.Set;

/**
 * Which methods create a resource: the same rule in every convention, which then differ only in how
 * they answer it (the meta envelope 201 and a {@code Location}, the bare style {@code {"id": ...}}).
 */
public final class CreatedIds {

  /** The types of an id a creating method may return. */
  private static final Set<TypeName> ID_TYPES =
      Set.of(
          TypeName.LONG,
          TypeName.INT,
          TypeName.LONG.box(),
          TypeName.INT.box(),
          ClassName.get(String.class),
          ClassName.get(java.util.UUID.class));

  private CreatedIds() {}

  /** Whether the endpoint creates a resource: a {@code POST} that returns its new id. */
  public static boolean creates(EndpointModel endpoint) {
    return endpoint.httpMethod().filter("POST"::equals).isPresent()
        && endpoint.returns() instanceof ReturnShape.Single single
        && !single.optional()
        && ID_TYPES.contains(single.type());
  }
}
