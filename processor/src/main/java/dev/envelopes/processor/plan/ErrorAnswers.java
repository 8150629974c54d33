package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.PagingProblems;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every error each endpoint can answer, as data: what the OpenAPI document lists per operation and
 * the error catalog per code. Generous by design: a status the document leaves out fails a client
 * that trusts it, while one it lists and never sees costs nothing.
 *
 * <ul>
 *   <li>Every declaration ({@code @ApiError}, {@code @MapException}) applies to every endpoint: the
 *       model does not know which method throws what, and the mapper answers it wherever it is
 *       thrown.
 *   <li>The framework's own refusals: 406 everywhere; 415 where a body is read; 400 and 404 where a
 *       parameter may not convert (Jakarta REST answers 404 for a path or query parameter, 400 for
 *       a header or cookie; Spring MVC 400).
 *   <li>Validation of the parameters and the body, a body that is not JSON, paging parameters, the
 *       vendor style's query check and versions, and the 500.
 * </ul>
 */
public final class ErrorAnswers {

  /** What the examples name a field at fault by, where the real one depends on the request. */
  static final String SOME_FIELD = "field";

  private static final String SOME_PROBLEM = "must not be null";

  /** The parameter sources whose values the framework converts from text. */
  private static final Set<ParameterModel.Source> CONVERTED =
      EnumSet.of(
          ParameterModel.Source.QUERY,
          ParameterModel.Source.PATH,
          ParameterModel.Source.HEADER,
          ParameterModel.Source.COOKIE,
          ParameterModel.Source.PATH_SEGMENT,
          ParameterModel.Source.FORM,
          ParameterModel.Source.GROUPED);

  private final ApiPlan plan;

  /** Each style's wording and its answers to the declarations, made once for every endpoint. */
  private final Map<Convention, Worded> worded = new HashMap<>();

  /** The version filter's refusals, made once: {@link #versionRefusals}. */
  private List<ErrorAnswer> refusals;

  /** The errors of {@code plan}'s endpoints, for {@link #answersOf} to answer one by one. */
  public ErrorAnswers(ApiPlan plan) {
    this.plan = plan;
  }

  /**
   * The errors {@code endpoint} of {@code plan} can answer in its own style at its resource's path,
   * sorted by {@link ErrorAnswer#ORDER}: with the version filter's refusals where it is a vendor
   * method whose requests the filter takes ({@link ApiPlan#versionFilterTakes}).
   */
  public static List<ErrorAnswer> of(ApiPlan plan, EndpointPlan endpoint) {
    return new ErrorAnswers(plan).answersOf(endpoint, versionFilterTakes(plan, endpoint));
  }

  /**
   * Whether the version filter takes the requests to {@code endpoint} at its resource's own path;
   * not for a sub-resource's method, which has none.
   */
  static boolean versionFilterTakes(ApiPlan plan, EndpointPlan endpoint) {
    return endpoint
        .resource()
        .path()
        .map(PathTemplate::of)
        .map(root -> endpoint.endpoint().path().map(root::below).orElse(root))
        .filter(path -> plan.versionFilterTakes(endpoint.resource(), path))
        .isPresent();
  }

  /**
   * The errors {@code endpoint} can answer in its own style where the version filter takes its
   * requests ({@code versionTaken}, {@link ApiPlan#versionFilterTakes}) or not: a vendor method's
   * include the filter's refusals only where it takes them, and another style's never do, since the
   * filter answers them in the vendor style ({@link #refusalsOf}). Sorted by {@link
   * ErrorAnswer#ORDER}: the style's answers to the declarations are made and sorted once, as every
   * endpoint answers them all, and wording and sorting them again per endpoint cost the endpoints
   * times the declarations. For the same reason, endpoints of a style that answer alike get the
   * very same list, made once: a reader that goes through every endpoint's answers can take each
   * list once.
   */
  public List<ErrorAnswer> answersOf(EndpointPlan endpoint, boolean versionTaken) {
    Worded style =
        worded.computeIfAbsent(
            endpoint.convention(),
            convention ->
                new Worded(
                    new ConventionAnswers(convention, plan.statuses()), plan.api().errors()));
    ConventionAnswers words = style.words();
    Map<String, ErrorAnswer> answers = new TreeMap<>();
    List<ParameterModel> parameters = endpoint.endpoint().parameters();
    boolean body = parameters.stream().anyMatch(ErrorAnswers::isBody);
    boolean converted =
        parameters.stream().anyMatch(parameter -> CONVERTED.contains(parameter.source()));
    add(answers, words.framework(406, "not_acceptable", "no media type of Accept can be answered"));
    add(answers, words.internal());
    if (body) {
      add(
          answers,
          words.framework(415, "unsupported_media_type", "the body's media type is not JSON"));
      add(answers, words.unreadable(LibraryException.Kind.JSON_PARSE, "unreadable_body"));
      add(answers, words.unreadable(LibraryException.Kind.JSON_LIMITS, "body_past_limits"));
      add(
          answers,
          words.invalid(
              SOME_FIELD,
              "must be a number",
              "body_mismatch",
              "a field of the body does not fit its type"));
    }
    if (body || !parameters.isEmpty()) {
      add(
          answers,
          words.invalid(
              SOME_FIELD, SOME_PROBLEM, "validation", "a parameter or field does not validate"));
    }
    if (converted) {
      add(
          answers,
          words.framework(
              400, "unconvertible_parameter", "a parameter does not convert to its type"));
      add(
          answers,
          words.framework(
              404, "unconvertible_path", "a path or query parameter does not convert to its type"));
    }
    endpoint.paging().ifPresent(paging -> addPaging(answers, words, endpoint, paging));
    if (endpoint.convention().needsVendorDeclaration()) {
      VendorChecks.of(endpoint, words).forEach(answer -> add(answers, answer));
      if (versionTaken) {
        versionRefusals().forEach(answer -> add(answers, answer));
      }
    }
    List<ErrorAnswer> own = new ArrayList<>(answers.values());
    own.sort(ErrorAnswer.ORDER);
    return style.answering(List.copyOf(own));
  }

  /**
   * A style's wording, its answers to the API's declarations (the first of each name, sorted by
   * {@link ErrorAnswer#ORDER}), and the lists of answers made with them so far.
   */
  private static final class Worded {

    private final ConventionAnswers words;
    private final List<ErrorAnswer> declared;

    /** Each list of an endpoint's answers, by the answers of its own it was made from. */
    private final Map<List<ErrorAnswer>, List<ErrorAnswer>> answering = new HashMap<>();

    Worded(ConventionAnswers words, List<ErrorDeclaration> declarations) {
      this.words = words;
      Map<String, ErrorAnswer> byName = new LinkedHashMap<>();
      for (ErrorDeclaration declaration : declarations) {
        add(byName, words.declared(declaration));
      }
      List<ErrorAnswer> sorted = new ArrayList<>(byName.values());
      sorted.sort(ErrorAnswer.ORDER);
      this.declared = List.copyOf(sorted);
    }

    ConventionAnswers words() {
      return words;
    }

    /** An endpoint's answers: its {@code own}, sorted, and the declarations. */
    List<ErrorAnswer> answering(List<ErrorAnswer> own) {
      return answering.computeIfAbsent(own, this::withDeclarations);
    }

    private List<ErrorAnswer> withDeclarations(List<ErrorAnswer> own) {
      List<ErrorAnswer> sorted = new ArrayList<>(own);
      // A declaration named as an answer of the endpoint's own is that answer; the rest are added
      // as a second sorted run, which the sort merges in one pass.
      Set<String> ownNames = new HashSet<>();
      own.forEach(answer -> ownNames.add(answer.name()));
      for (ErrorAnswer answer : declared) {
        if (!ownNames.contains(answer.name())) {
          sorted.add(answer);
        }
      }
      sorted.sort(ErrorAnswer.ORDER);
      return List.copyOf(sorted);
    }
  }

  /**
   * The errors a request that reached no endpoint answers in {@code convention}: a path no resource
   * matches and a method the resource does not answer, for the catalog only.
   */
  public static List<ErrorAnswer> unmatched(ApiPlan plan, Convention convention) {
    ConventionAnswers words = new ConventionAnswers(convention, plan.statuses());
    List<ErrorAnswer> answers =
        new ArrayList<>(
            List.of(
                words.framework(404, "no_resource", "no resource matches the request's path"),
                words.framework(
                    405, "method_not_allowed", "the resource does not answer the method")));
    answers.sort(ErrorAnswer.ORDER);
    return List.copyOf(answers);
  }

  /**
   * What the vendor style's version filter answers, in the vendor style and its media type, to a
   * request for another version that it takes: none when the API does not answer in the vendor
   * style.
   */
  public List<ErrorAnswer> versionRefusals() {
    if (refusals == null) {
      refusals =
          plan.conventions().stream().anyMatch(Convention::needsVendorDeclaration)
              ? List.copyOf(VendorChecks.versionRefusals(plan))
              : List.of();
    }
    return refusals;
  }

  /**
   * What the version filter answers, in the vendor style, to a request for another version of
   * {@code endpoint} of another style, where it takes its requests ({@code versionTaken}): its
   * refusals, the very list for every such endpoint; none for a vendor method, whose own answers
   * hold them ({@link #answersOf}), and none where the filter does not take its requests.
   */
  public List<ErrorAnswer> refusalsOf(EndpointPlan endpoint, boolean versionTaken) {
    return versionTaken && !endpoint.convention().needsVendorDeclaration()
        ? versionRefusals()
        : List.of();
  }

  private static void addPaging(
      Map<String, ErrorAnswer> answers,
      ConventionAnswers words,
      EndpointPlan endpoint,
      PagingPlan paging) {
    String position =
        paging
            .position()
            .map(PagingPlan.PositionBound::parameter)
            .orElse(endpoint.convention().pagingParameters().position());
    String problem =
        paging
            .position()
            .map(bound -> words.positionProblem() + largest(bound))
            .orElse(PagingProblems.CURSOR);
    add(
        answers,
        words.invalid(
            position,
            problem,
            "paging_" + position,
            "the paging parameter " + position + " is not valid"));
    add(
        answers,
        words.invalid(
            paging.limitParameter(),
            words.limitProblem() + paging.maxLimit(),
            "paging_" + paging.limitParameter(),
            "the paging parameter " + paging.limitParameter() + " is not valid"));
  }

  /** The largest value the parameter of {@code bound} takes. */
  private static long largest(PagingPlan.PositionBound bound) {
    if (bound.declared().isPresent()) {
      return bound.declared().getAsLong();
    }
    return bound.longType() ? Long.MAX_VALUE : Integer.MAX_VALUE;
  }

  private static boolean isBody(ParameterModel parameter) {
    return parameter.source() == ParameterModel.Source.BODY
        || parameter.source() == ParameterModel.Source.FORM;
  }

  private static void add(Map<String, ErrorAnswer> answers, ErrorAnswer answer) {
    answers.putIfAbsent(answer.name(), answer);
  }
}
