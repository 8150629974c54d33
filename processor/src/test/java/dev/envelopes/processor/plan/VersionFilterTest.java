package dev.envelopes.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which requests the vendor style's version filter takes, as the generated filters decide it: every
 * request in an API that answers only in the vendor style; in one that mixes styles, those whose
 * path, version prefix aside, {@code styleOfPath} finds the vendor's. The document lists {@code
 * unsupported_version} on those operations only.
 */
class VersionFilterTest {

  @Test
  void inAnApiOfTheVendorStyleAloneItTakesEveryRequest() {
    ResourceModel lists =
        resource("ListResource", "/lists", Style.VENDOR, get(Style.VENDOR, "{id}"));
    ApiPlan plan = plan(Style.VENDOR, lists);

    assertFalse(plan.versionFilterTakesVendorPathsOnly());
    assertTrue(takes(plan, lists, "{id}"));
  }

  @Test
  void inAMixedApiItTakesTheVendorResourcesPathsOnly() {
    ResourceModel lists =
        resource("ListResource", "/lists", Style.VENDOR, get(Style.VENDOR, "{id}"));
    ResourceModel projects =
        resource("ProjectResource", "/projects", Style.META, get(Style.META, "{id}"));
    ApiPlan plan = plan(Style.META, lists, projects);

    assertTrue(plan.versionFilterTakesVendorPathsOnly());
    assertTrue(takes(plan, lists, "{id}"));
    assertFalse(takes(plan, projects, "{id}"));
  }

  @Test
  void anApiOfTheVendorStyleWithAMetaResourceLeavesThatResourcesRequests() {
    ResourceModel projects =
        resource("ProjectResource", "/projects", Style.META, get(Style.META, "{id}"));
    ResourceModel lists = resource("ListResource", "/lists", Style.VENDOR, get(Style.VENDOR, ""));
    ApiPlan plan = plan(Style.VENDOR, projects, lists);

    assertTrue(plan.versionFilterTakesVendorPathsOnly());
    assertFalse(takes(plan, projects, "{id}"));
    assertTrue(takes(plan, lists, ""));
  }

  @Test
  void aVendorMethodOfAMetaResourceIsTakenAtItsOwnPathOnly() {
    EndpointModel check = get(Style.META, "");
    EndpointModel vendor = get(Style.VENDOR, "vendor");
    ResourceModel quotes = resource("QuoteResource", "/quotes", Style.META, check, vendor);
    ApiPlan plan = plan(Style.META, quotes);

    assertTrue(takes(plan, quotes, "vendor"));
    assertFalse(takes(plan, quotes, ""));
  }

  @Test
  void aMethodOfAnotherStyleAtTheVendorsPathIsTakenAndAnswersTheRefusalsInTheVendorStyle() {
    // styleOfPath reads the path alone: the first method at it, in the class's order, decides.
    EndpointModel vendor = get(Style.VENDOR, "{id}");
    EndpointModel meta = PlanFixtures.endpointOf("replace", "PUT", "{id}", Style.META);
    ResourceModel lists = resource("ListResource", "/lists", Style.META, vendor, meta);
    ApiPlan plan = plan(Style.META, lists);
    EndpointPlan replace = plan.resources().get(0).endpoints().get(1);
    ErrorAnswers answers = new ErrorAnswers(plan);

    assertTrue(takes(plan, lists, "{id}"));
    assertEquals(answers.versionRefusals(), answers.refusalsOf(replace, true));
    assertEquals(List.of(), answers.refusalsOf(replace, false));
  }

  private static boolean takes(ApiPlan plan, ResourceModel root, String path) {
    return plan.versionFilterTakes(root, PathTemplate.of(root.path().orElseThrow()).below(path));
  }

  private static EndpointModel get(Style style, String path) {
    return PlanFixtures.endpointOf(
        path.isEmpty() ? "all" : "get" + path.replaceAll("[^a-z]", ""), "GET", path, style);
  }

  private static ResourceModel resource(
      String name, String path, Style style, EndpointModel... endpoints) {
    return PlanFixtures.resourceOf(name, path, style, endpoints);
  }

  private static ApiPlan plan(Style style, ResourceModel... resources) {
    return PlanFixtures.planOf(style, List.of(resources), List.of());
  }
}
