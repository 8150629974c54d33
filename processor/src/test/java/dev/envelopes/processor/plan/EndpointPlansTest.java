package dev.envelopes.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ReturnShape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link EndpointPlans} decides a method's answer in each style, once, for every binding. */
class EndpointPlansTest {

  private static final Origin NOWHERE = PlanFixtures.NOWHERE;
  private static final ClassName PROJECT = ClassName.get("com.example", "Project");
  private static final TypeName LIST_OF_PROJECTS =
      ParameterizedTypeName.get(ClassName.get(List.class), PROJECT);
  private static final List<Style> ENVELOPING = List.of(Style.META, Style.STATUS, Style.VENDOR);

  @Test
  void theBareStyleAnswersAValueOrAListOfWhatJacksonWritesInItsValueRecord() {
    List<ReturnShape> shapes =
        List.of(
            new ReturnShape.Single(PROJECT, false, false),
            new ReturnShape.Single(PROJECT, false, true),
            new ReturnShape.Single(TypeName.LONG, true, false),
            new ReturnShape.Multiple(LIST_OF_PROJECTS, false),
            new ReturnShape.Multiple(ArrayTypeName.of(PROJECT), true));
    for (ReturnShape shape : shapes) {
      EndpointPlan plan = planOf(Style.BARE, "GET", shape);

      assertTrue(plan.answersWithValueRecord(), shape.toString());
      assertTrue(plan.answersEmptyAsNoContent(), shape.toString());
      assertEquals(200, plan.successStatus(), shape.toString());
      assertEquals(EndpointPlan.Location.NONE, plan.location(), shape.toString());
    }
  }

  @Test
  void theBareStyleAnswersAsItIsWhatSpringOrJakartaWritesWithoutJackson() {
    for (TypeName type :
        List.of(
            ClassName.get(String.class),
            ClassName.get(CharSequence.class),
            ClassName.OBJECT,
            ArrayTypeName.of(TypeName.BYTE))) {
      EndpointPlan plan = planOf(Style.BARE, "GET", new ReturnShape.Single(type, false, false));

      assertFalse(plan.answersWithValueRecord(), type.toString());
      assertTrue(plan.answersEmptyAsNoContent(), type.toString());
      assertEquals(EndpointPlan.Result.SINGLE, plan.result(), type.toString());
    }
  }

  @Test
  void aBareCreateAnswersItsIdIn200WithoutALocationOrAValueRecord() {
    EndpointPlan plan =
        planOf(Style.BARE, "POST", new ReturnShape.Single(TypeName.LONG, true, false));

    assertEquals(EndpointPlan.Result.CREATED_ID, plan.result());
    assertEquals(200, plan.successStatus());
    assertEquals(EndpointPlan.Location.NONE, plan.location());
    assertFalse(plan.answersWithValueRecord());
  }

  @Test
  void theEnvelopingStylesAnswerEveryValueInTheirEnvelopeEvenWhenEmpty() {
    for (Style style : ENVELOPING) {
      for (ReturnShape shape :
          List.of(
              new ReturnShape.Single(PROJECT, false, false),
              new ReturnShape.Single(PROJECT, false, true),
              new ReturnShape.Multiple(LIST_OF_PROJECTS, false))) {
        EndpointPlan plan = planOf(style, "GET", shape);

        assertFalse(plan.answersWithValueRecord(), style + " " + shape);
        assertFalse(plan.answersEmptyAsNoContent(), style + " " + shape);
        assertEquals(200, plan.successStatus(), style + " " + shape);
      }
    }
  }

  @Test
  void theEnvelopingStylesAnswerACreatedResource201NamedByItsLocation() {
    for (Style style : ENVELOPING) {
      EndpointPlan plan = planOf(style, "POST", new ReturnShape.Single(TypeName.LONG, true, false));

      assertEquals(EndpointPlan.Result.CREATED_ID, plan.result(), style.toString());
      assertEquals(201, plan.successStatus(), style.toString());
      assertEquals(EndpointPlan.Location.NEW_RESOURCE, plan.location(), style.toString());
    }
  }

  @Test
  void onlyTheMetaEnvelopeNamesTheResourceAPatchModified() {
    ReturnShape project = new ReturnShape.Single(PROJECT, false, false);

    assertEquals(EndpointPlan.Location.REQUEST, planOf(Style.META, "PATCH", project).location());
    for (Style style : List.of(Style.BARE, Style.STATUS, Style.VENDOR)) {
      assertEquals(
          EndpointPlan.Location.NONE, planOf(style, "PATCH", project).location(), style.toString());
    }
  }

  @Test
  void aPostThatReturnsARecordCreatesNothing() {
    EndpointPlan plan = planOf(Style.META, "POST", new ReturnShape.Single(PROJECT, false, false));

    assertEquals(EndpointPlan.Result.SINGLE, plan.result());
    assertEquals(200, plan.successStatus());
    assertEquals(EndpointPlan.Location.NONE, plan.location());
  }

  /** The plan of one method of a resource in {@code style}, taking no parameter. */
  private static EndpointPlan planOf(Style style, String method, ReturnShape returns) {
    EndpointModel endpoint = PlanFixtures.endpointOf("answer", method, "", style, returns);
    return EndpointPlans.of(PlanFixtures.resourceOf(style, endpoint), endpoint);
  }
}
