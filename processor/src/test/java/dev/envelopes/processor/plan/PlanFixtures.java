package dev.envelopes.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.Libraries;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PayloadJson;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ResponseCodeRow;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.model.VendorOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Models the plan's tests make by hand, as the reader would have read them. */
final class PlanFixtures {

  static final Origin NOWHERE = Origin.of(null);

  private PlanFixtures() {}

  /** {@code com.example.ProjectResource} at {@code /projects}, in {@code style}, with one method. */
  static ResourceModel resourceOf(Style style, EndpointModel endpoint) {
    return resourceOf("ProjectResource", "/projects", style, endpoint);
  }

  /** {@code com.example.<name>} at {@code path}, in {@code style}, with {@code endpoints}. */
  static ResourceModel resourceOf(
      String name, String path, Style style, EndpointModel... endpoints) {
    return new ResourceModel(
        ClassName.get("com.example", name),
        ResourceModel.TypeKind.CLASS,
        Optional.of(path),
        style,
        false,
        true,
        List.of(endpoints),
        List.of(),
        new PayloadJson(Map.of(), Map.of(), Map.of()),
        List.of(),
        NOWHERE);
  }

  /**
   * A method {@code name} of no parameter that answers {@code httpMethod} at {@code path} (none:
   * its class's) in {@code style}, with a project.
   */
  static EndpointModel endpointOf(String name, String httpMethod, String path, Style style) {
    ClassName project = ClassName.get("com.example", "Project");
    return endpointOf(name, httpMethod, path, style, new ReturnShape.Single(project, false, false));
  }

  /**
   * A method {@code name} of no parameter that answers {@code httpMethod} at {@code path} (none:
   * its class's) in {@code style}, returning {@code returns} (of a project).
   */
  static EndpointModel endpointOf(
      String name, String httpMethod, String path, Style style, ReturnShape returns) {
    return new EndpointModel(
        name,
        List.of(httpMethod),
        path.isEmpty() ? Optional.empty() : Optional.of(path),
        new EndpointModel.Access(true, false, false, false),
        List.of(),
        ClassName.get("com.example", "Project"),
        returns,
        EndpointModel.Delivery.BODY,
        Optional.empty(),
        Optional.empty(),
        style,
        VendorOptions.NONE,
        Optional.empty(),
        false,
        NOWHERE);
  }

  /**
   * The plan of an API of {@code resources} whose type answers in {@code style}, declares the
   * {@code acme} vendor's version 2, and {@code errors}.
   */
  static ApiPlan planOf(Style style, List<ResourceModel> resources, List<ErrorDeclaration> errors) {
    ApiDeclaration declaration =
        new ApiDeclaration(
            "com.example",
            List.of(
                new ResponseCodeRow(404, 1004, "Resource not found", NOWHERE),
                new ResponseCodeRow(500, 1000, "Internal error", NOWHERE)),
            style,
            Optional.of(new VendorDeclaration("acme", 2, "https://acme.example/errors", NOWHERE)),
            NOWHERE);
    return ApiPlan.of(
        new ApiModel(
            Optional.of(declaration),
            List.of(),
            resources,
            errors,
            List.of(),
            List.of(),
            List.of(),
            new Libraries(true, false, JsonLibrary.JACKSON_2, List.of()),
            style));
  }
}
