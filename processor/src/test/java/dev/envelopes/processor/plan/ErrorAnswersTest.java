package dev.envelopes.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.PagingModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.Reach;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.SchemaModel;
import dev.envelopes.processor.model.VendorOptions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each style's errors of an endpoint, as {@link ErrorAnswers} lists them for the document. */
class ErrorAnswersTest {

  private static final Origin NOWHERE = PlanFixtures.NOWHERE;
  private static final ClassName PROJECT = ClassName.get("com.example", "Project");
  private static final ClassName NOT_FOUND = ClassName.get("com.example", "ProjectNotFound");

  @Test
  void aGetByIdInTheMetaEnvelopeAnswersItsParameterAndDeclaredErrorsWithTheApisCodes() {
    ApiPlan plan = planOf(Style.META, get(Style.META, pathId()));

    List<ErrorAnswer> answers = ErrorAnswers.of(plan, only(plan));

    assertEquals(Set.of(400, 404, 406, 500), statusesOf(answers));
    ErrorAnswer declared = named(answers, "ProjectNotFound");
    assertEquals("1004", declared.code());
    assertEquals("Resource not found", declared.message());
    assertEquals("No such project.", declared.detail());
    assertEquals("1000", named(answers, "internal_error").code());
    assertEquals(
        "The server could not complete the request; the failure has been logged.",
        named(answers, "internal_error").detail());
    assertEquals(answers.stream().sorted(ErrorAnswer.ORDER).toList(), answers);
  }

  @Test
  void aBodyAddsTheUnreadableBodyAndTheUnsupportedMediaType() {
    ApiPlan plan = planOf(Style.META, post(Style.META));

    List<ErrorAnswer> answers = ErrorAnswers.of(plan, only(plan));

    assertTrue(statusesOf(answers).contains(415), statusesOf(answers).toString());
    assertEquals("The request body is not valid JSON.", named(answers, "unreadable_body").detail());
    assertEquals(Optional.empty(), named(answers, "unreadable_body").attribute());
  }

  @Test
  void withoutParametersOrBodyNoInputErrorIsListed() {
    ApiPlan plan = planOfWithout(Style.META, get(Style.META, List.of()));

    assertEquals(Set.of(406, 500), statusesOf(ErrorAnswers.of(plan, only(plan))));
  }

  @Test
  void theStatusEnvelopeAnswersInvalidInputAs422Failures() {
    ApiPlan plan = planOf(Style.STATUS, post(Style.STATUS));

    List<ErrorAnswer> answers = ErrorAnswers.of(plan, only(plan));

    ErrorAnswer validation = named(answers, "validation");
    assertEquals(422, validation.status());
    assertEquals("The request is not valid.", validation.message());
    assertEquals("", validation.code());
    assertEquals(Optional.of("body"), named(answers, "unreadable_body").attribute());
    assertFalse(statusesOf(answers).contains(400), statusesOf(answers).toString());
  }

  @Test
  void theBareStyleAnswersTheFrameworksOtherClientErrorsAs400ValidationErrors() {
    ApiPlan plan = planOf(Style.BARE, post(Style.BARE));

    List<ErrorAnswer> answers = ErrorAnswers.of(plan, only(plan));

    assertEquals(Set.of(400, 404, 500), statusesOf(answers));
    assertEquals("VALIDATION_ERROR", named(answers, "not_acceptable").code());
    assertEquals("NOT_FOUND", named(answers, "ProjectNotFound").code());
    assertEquals("INTERNAL_ERROR", named(answers, "internal_error").code());
    assertEquals("field: must not be null", named(answers, "validation").message());
  }

  @Test
  void theVendorStyleAddsItsVersionsQueryAndPagingErrors() {
    EndpointModel list =
        endpoint(
            "list",
            "GET",
            Style.VENDOR,
            List.of(
                query("cursor", ClassName.get("dev.envelopes", "Cursor"), null),
                query("limit", TypeName.INT, "20")),
            new ReturnShape.Paged(PROJECT),
            Optional.of(new PagingModel(50, Long.MAX_VALUE, NOWHERE)),
            new VendorOptions(List.of("overdue"), Optional.of(NOWHERE), List.of(), false));
    ApiPlan plan = planOf(Style.VENDOR, list);

    List<ErrorAnswer> answers = ErrorAnswers.of(plan, only(plan));

    assertEquals(406, named(answers, "unsupported_version_accept").status());
    assertEquals("unsupported_version", named(answers, "unsupported_version_path").code());
    assertEquals(404, named(answers, "unsupported_version_path").status());
    assertEquals("unsupported_param", named(answers, "unsupported_param").code());
    assertEquals(
        "view must be given at most once, as one of: default, overdue",
        named(answers, "view").message());
    assertEquals(
        "limit must be given at most once, as a whole number from 1 to 50",
        named(answers, "paging_limit").message());
    assertEquals(Optional.of("cursor"), named(answers, "paging_cursor").attribute());
    assertEquals("not_acceptable", named(answers, "not_acceptable").code());
    assertEquals(
        "API version 3 is not supported; this API answers version 2"
            + " (application/vnd.acme.v2+json).",
        named(answers, "unsupported_version_accept").message());
  }

  @Test
  void aPagedMetaMethodNamesTheBoundsOfItsOffset() {
    EndpointModel list =
        endpoint(
            "list",
            "GET",
            Style.META,
            List.of(query("offset", TypeName.INT, "0"), query("limit", TypeName.INT, "10")),
            new ReturnShape.Paged(PROJECT),
            Optional.of(new PagingModel(100, 1000, NOWHERE)),
            VendorOptions.NONE);
    ApiPlan plan = planOf(Style.META, list);

    ErrorAnswer offset = named(ErrorAnswers.of(plan, only(plan)), "paging_offset");

    assertEquals(400, offset.status());
    assertEquals(Optional.of("offset"), offset.attribute());
    assertEquals("must be given once, as a whole number from 0 to 1000", offset.detail());
  }

  @Test
  void theVersionFilterRefusesOtherVersionsOnlyInAnApiThatAnswersInTheVendorStyle() {
    assertEquals(
        List.of(), new ErrorAnswers(planOf(Style.META, post(Style.META))).versionRefusals());
    assertEquals(
        List.of(404, 406),
        new ErrorAnswers(planOf(Style.VENDOR, post(Style.VENDOR)))
            .versionRefusals().stream().map(ErrorAnswer::status).toList());
  }

  @Test
  void aVendorMethodListsTheRefusalsOnlyWhereTheFilterTakesItsRequests() {
    ApiPlan plan = planOf(Style.VENDOR, post(Style.VENDOR));
    ErrorAnswers answers = new ErrorAnswers(plan);

    assertTrue(namesOf(answers.answersOf(only(plan), true)).contains("unsupported_version_path"));
    assertFalse(namesOf(answers.answersOf(only(plan), false)).contains("unsupported_version_path"));
    assertEquals(List.of(), answers.refusalsOf(only(plan), true), "its own answers hold them");
  }

  @Test
  void requestsThatReachNoOperationAnswer404And405InEachStyle() {
    ApiPlan plan = planOf(Style.META, get(Style.META, pathId()));

    assertEquals(
        List.of(404, 405),
        ErrorAnswers.unmatched(plan, plan.conventions().get(0)).stream()
            .map(ErrorAnswer::status)
            .toList());
  }

  private static EndpointPlan only(ApiPlan plan) {
    return plan.resources().get(0).endpoints().get(0);
  }

  private static ErrorAnswer named(List<ErrorAnswer> answers, String name) {
    return answers.stream()
        .filter(answer -> answer.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + namesOf(answers)));
  }

  private static List<String> namesOf(List<ErrorAnswer> answers) {
    return answers.stream().map(ErrorAnswer::name).toList();
  }

  private static Set<Integer> statusesOf(List<ErrorAnswer> answers) {
    return answers.stream().map(ErrorAnswer::status).collect(Collectors.toCollection(TreeSet::new));
  }

  private static EndpointModel get(Style style, List<ParameterModel> parameters) {
    return endpoint(
        "get",
        "GET",
        style,
        parameters,
        new ReturnShape.Single(PROJECT, false, false),
        Optional.empty(),
        VendorOptions.NONE);
  }

  private static EndpointModel post(Style style) {
    return endpoint(
        "create",
        "POST",
        style,
        List.of(
            new ParameterModel(
                "project",
                PROJECT,
                new SchemaModel.Any(),
                Optional.empty(),
                ParameterModel.Source.BODY,
                ParameterModel.BODY,
                Optional.empty(),
                ParameterModel.WithoutValue.NULL,
                NOWHERE)),
        new ReturnShape.Single(TypeName.LONG, true, false),
        Optional.empty(),
        VendorOptions.NONE);
  }

  private static List<ParameterModel> pathId() {
    return List.of(
        new ParameterModel(
            "id",
            TypeName.LONG,
            new SchemaModel.Any(),
            Optional.of("long"),
            ParameterModel.Source.PATH,
            "id",
            Optional.empty(),
            ParameterModel.WithoutValue.REFUSED,
            NOWHERE));
  }

  private static ParameterModel query(String name, TypeName type, String defaultValue) {
    return new ParameterModel(
        name,
        type,
        new SchemaModel.Any(),
        type.isPrimitive() ? Optional.of(type.toString()) : Optional.empty(),
        ParameterModel.Source.QUERY,
        name,
        Optional.ofNullable(defaultValue),
        ParameterModel.WithoutValue.EMPTY,
        NOWHERE);
  }

  private static EndpointModel endpoint(
      String name,
      String method,
      Style style,
      List<ParameterModel> parameters,
      ReturnShape returns,
      Optional<PagingModel> paging,
      VendorOptions options) {
    return new EndpointModel(
        name,
        List.of(method),
        Optional.empty(),
        new EndpointModel.Access(true, false, false, false),
        parameters,
        returns instanceof ReturnShape.Paged paged
            ? ParameterizedTypeName.get(ClassName.get("dev.envelopes", "Page"), paged.itemType())
            : PROJECT,
        returns,
        EndpointModel.Delivery.BODY,
        Optional.empty(),
        paging,
        style,
        options,
        Optional.empty(),
        false,
        NOWHERE);
  }

  /** The plan of one resource with {@code endpoint}, an API that declares ProjectNotFound as 404. */
  private static ApiPlan planOf(Style style, EndpointModel endpoint) {
    return plan(style, endpoint, List.of(notFound()));
  }

  /** The plan of one resource with {@code endpoint}, an API that declares no exception. */
  private static ApiPlan planOfWithout(Style style, EndpointModel endpoint) {
    return plan(style, endpoint, List.of());
  }

  private static ApiPlan plan(Style style, EndpointModel endpoint, List<ErrorDeclaration> errors) {
    return PlanFixtures.planOf(style, List.of(PlanFixtures.resourceOf(style, endpoint)), errors);
  }

  private static ErrorDeclaration notFound() {
    return new ErrorDeclaration(
        NOT_FOUND,
        true,
        new Reach(Reach.Kind.EVERYWHERE, "com.example"),
        1,
        ErrorDeclaration.Source.API_ERROR,
        404,
        ErrorDeclaration.STATUS_CODE,
        "",
        "No such project.",
        "",
        NOWHERE);
  }
}
