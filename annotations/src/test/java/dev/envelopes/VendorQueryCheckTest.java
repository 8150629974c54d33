package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorQueryCheckTest {

  private static final Set<String> PARAMETERS = Set.of("q", "view", "include");
  private static final Set<String> VIEWS = Set.of("default", "full");
  private static final Set<String> INCLUDES = Set.of("owner", "company");

  @Test
  void aQueryTheMethodTakesHasNoProblems() {
    assertNull(
        VendorQueryCheck.problems(
            List.of("q", "view"), List.of("full"), Set.of("owner"), PARAMETERS, VIEWS, INCLUDES));
  }

  @Test
  void unknownParametersAreNamedInNameOrder() {
    VendorQueryCheck.Problems problems =
        VendorQueryCheck.problems(
            List.of("zeta", "alpha", "q"), List.of(), Set.of(), PARAMETERS, VIEWS, INCLUDES);
    assertEquals(
        List.of(
            new VendorQueryCheck.Problem(
                "unsupported_param", "param is not supported: alpha", "alpha"),
            new VendorQueryCheck.Problem(
                "unsupported_param", "param is not supported: zeta", "zeta")),
        problems.listed());
    assertEquals(2, problems.total());
  }

  @Test
  void aViewGivenTwiceOrNotOfferedIsOneProblem() {
    VendorQueryCheck.Problems twice =
        VendorQueryCheck.problems(
            List.of("view"), List.of("full", "full"), Set.of(), PARAMETERS, VIEWS, INCLUDES);
    assertEquals(
        List.of(
            new VendorQueryCheck.Problem(
                "invalid_attribute",
                "view must be given at most once, as one of: default, full",
                "view")),
        twice.listed());
  }

  @Test
  void anIncludeTheMethodCannotSideLoadIsNamed() {
    VendorQueryCheck.Problems problems =
        VendorQueryCheck.problems(
            List.of("include"), List.of(), Set.of("notes"), PARAMETERS, VIEWS, INCLUDES);
    assertEquals(
        List.of(
            new VendorQueryCheck.Problem(
                "invalid_attribute",
                "include cannot side-load notes; it can side-load: company, owner",
                "include")),
        problems.listed());
  }

  @Test
  void aMethodWithoutIncludesIgnoresWhatIsIncluded() {
    assertNull(
        VendorQueryCheck.problems(
            List.of(), List.of(), Set.of("notes"), Set.of(), Set.of(), Set.of()));
  }

  @Test
  void pastTheListedProblemsTheRestAreOnlyCounted() {
    List<String> query = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      query.add("p" + i);
    }
    VendorQueryCheck.Problems problems =
        VendorQueryCheck.problems(query, List.of(), Set.of(), PARAMETERS, VIEWS, INCLUDES);
    assertEquals(ErrorBounds.LISTED + 1, problems.listed().size());
    assertEquals(1000, problems.total());
  }

  @Test
  void aLongParameterNameIsCutInTheMessageButNamedWhole() {
    String name = "x".repeat(500);
    VendorQueryCheck.Problem problem =
        VendorQueryCheck.problems(List.of(name), List.of(), Set.of(), PARAMETERS, VIEWS, INCLUDES)
            .listed()
            .get(0);
    assertEquals("param is not supported: " + ErrorBounds.name(name), problem.message());
    assertEquals(name, problem.attribute());
  }
}
