package dev.envelopes.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.ResourceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models the plan's tests make by hand, as the reader would have read them. */
final class PlanFixtures {

  static final Origin NOWHERE = Origin.of(null);

  private PlanFixtures() {}

  /** {@code com.example.ProjectResource} at {@code /projects}, in {@code style}, with one method. */
  static ResourceModel resourceOf(Style style, EndpointModel endpoint) {
    return new ResourceModel(
        ClassName.get("com.example", "ProjectResource"),
        ResourceModel.TypeKind.CLASS,
        Optional.of("/projects"),
        style,
        false,
        true,
        List.of(endpoint),
        List.of(),
        new PayloadJson(Map.of(), Map.of(), Map.of()),
        List.of(),
        NOWHERE);
  }
}
