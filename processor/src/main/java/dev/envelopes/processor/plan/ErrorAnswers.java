package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.PagingProblems;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every error each endpoint can answer, as data: what the OpenAPI document lists per operation and
 * the error catalog per code. Generous by design: a status the document leaves out fails a client
 * that trusts it, while one it lists and never sees costs nothing.
 *
 * <ul>
 *   <li>Every declaration ({@code @ApiError}, {@code @MapException}) applies to every endpoint:
 *       the model does not know which method throws what, and the mapper answers it wherever it is
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

  /** What the catalog says a 500 means. */
  static final String INTERNAL_MEANING = "an exception nobody declared";

  /** The name of a 500's answer. */
  static final String INTERNAL_NAME = "internal_error";

  private final ApiPlan plan;

  /** Each style's wording and its answers to the declarations, made once for every endpoint. */
  private final Map<Convention, Worded> worded = new HashMap<>();

  /** The errors of {@code plan}'s endpoints, for {@link #answersOf} to answer one by one. */
  public ErrorAnswers(ApiPlan plan) {
    this.plan = plan;
  }

  /** The errors {@code endpoint} of {@code plan} can answer, sorted by {@link ErrorAnswer#ORDER}. */
  public static List<ErrorAnswer> of(ApiPlan plan, EndpointPlan endpoint) {
    return new ErrorAnswers(plan).answersOf(endpoint);
  }

  /**
   * The errors {@code endpoint} can answer, sorted by {@link ErrorAnswer#ORDER}: the style's
   * answers to the declarations are made and sorted once, as every endpoint answers them all, and
   * wording and sorting them again per endpoint cost the endpoints times the declarations.
   */
  public List<ErrorAnswer> answersOf(EndpointPlan endpoint) {
    Worded style =
        worded.computeIfAbsent(
            endpoint.convention(),
            convention -> Worded.of(wordingOf(plan, convention), plan.api().errors()));
    Wording words = style.words();
    Map<String, ErrorAnswer> answers = new TreeMap<>();
    List<ParameterModel> parameters = endpoint.endpoint().parameters();
    boolean body = parameters.stream().anyMatch(ErrorAnswers::isBody);
    boolean converted =
        parameters.stream().anyMatch(parameter -> CONVERTED.contains(parameter.source()));
    add(answers, words.framework(406, "not_acceptable", "no media type of Accept can be answered"));
    add(answers, words.internal());
    if (body) {
      add(answers, words.framework(415, "unsupported_media_type", "the body's media type is not JSON"));
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
          words.invalid(SOME_FIELD, SOME_PROBLEM, "validation", "a parameter or field does not validate"));
    }
    if (converted) {
      add(answers, words.framework(400, "unconvertible_parameter", "a parameter does not convert to its type"));
      add(answers, words.framework(404, "unconvertible_path", "a path or query parameter does not convert to its type"));
    }
    endpoint.paging().ifPresent(paging -> addPaging(answers, words, endpoint, paging));
    words.ownAnswers(endpoint).forEach(answer -> add(answers, answer));
    List<ErrorAnswer> sorted = new ArrayList<>(answers.values());
    sorted.sort(ErrorAnswer.ORDER);
    // A declaration named as an answer above is that answer; the rest are added as a second sorted
    // run, which the sort merges in one pass.
    for (ErrorAnswer declared : style.declared()) {
      if (!answers.containsKey(declared.name())) {
        sorted.add(declared);
      }
    }
    sorted.sort(ErrorAnswer.ORDER);
    return List.copyOf(sorted);
  }

  /**
   * A style's wording and its answers to the API's declarations: the first of each name, sorted by
   * {@link ErrorAnswer#ORDER}.
   */
  private record Worded(Wording words, List<ErrorAnswer> declared) {

    static Worded of(Wording words, List<ErrorDeclaration> declarations) {
      Map<String, ErrorAnswer> byName = new LinkedHashMap<>();
      for (ErrorDeclaration declaration : declarations) {
        add(byName, words.declared(declaration));
      }
      List<ErrorAnswer> declared = new ArrayList<>(byName.values());
      declared.sort(ErrorAnswer.ORDER);
      return new Worded(words, List.copyOf(declared));
    }
  }

  /**
   * The errors a request that reached no endpoint answers in {@code convention}: a path no
   * resource matches and a method the resource does not answer, for the catalog only.
   */
  public static List<ErrorAnswer> unmatched(ApiPlan plan, Convention convention) {
    Wording words = wordingOf(plan, convention);
    List<ErrorAnswer> answers =
        new ArrayList<>(
            List.of(
                words.framework(404, "no_resource", "no resource matches the request's path"),
                words.framework(405, "method_not_allowed", "the resource does not answer the method")));
    answers.sort(ErrorAnswer.ORDER);
    return List.copyOf(answers);
  }

  /**
   * What the vendor style's version filter answers, in the vendor style and its media type, to a
   * request of any style that asks for another version: none when the API does not answer in the
   * vendor style.
   */
  public static List<ErrorAnswer> versionRefusals(ApiPlan plan) {
    return plan.conventions().stream().anyMatch(Convention::needsVendorDeclaration)
        ? new VendorWording(plan).versionRefusals()
        : List.of();
  }

  private static void addPaging(
      Map<String, ErrorAnswer> answers, Wording words, EndpointPlan endpoint, PagingPlan paging) {
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

  private static Wording wordingOf(ApiPlan plan, Convention convention) {
    return convention.accept(
        new Convention.Visitor<Wording>() {
          @Override
          public Wording meta(MetaConvention meta) {
            return new MetaWording(plan.statuses());
          }

          @Override
          public Wording bare(BareConvention bare) {
            return new BareWording();
          }

          @Override
          public Wording status(StatusConvention status) {
            return new StatusWording();
          }

          @Override
          public Wording vendor(VendorConvention vendor) {
            return new VendorWording(plan);
          }
        });
  }

  /**
   * How one style words each kind of error. By default an invalid input answers the style's
   * {@link #invalidStatus} and {@link #invalidCode} with the problem as its message, a
   * declaration its status and code with its detail, and a 500 the style's fixed message.
   */
  abstract static class Wording {

    /** An error the framework raised with {@code status}. */
    abstract ErrorAnswer framework(int status, String name, String meaning);

    /** The status of input that does not validate. */
    abstract int invalidStatus();

    /** The code of input that does not validate. */
    abstract String invalidCode();

    /** The code of a declaration's answer. */
    abstract String codeOf(ErrorDeclaration declaration);

    /** The code of a 500. */
    abstract String internalCode();

    /** What a page's position out of bounds says, before its largest value. */
    String positionProblem() {
      return PagingProblems.FROM_ONE;
    }

    /** What a page's size out of bounds says, before its largest value. */
    String limitProblem() {
      return PagingProblems.FROM_ONE;
    }

    /** What a 500 says. */
    abstract String internalMessage();

    /** The status of a declaration's answer. */
    int statusOf(ErrorDeclaration declaration) {
      return declaration.status();
    }

    /** What the answer to invalid input says of {@code attribute} at fault with {@code problem}. */
    String detailOf(String attribute, String problem) {
      return problem;
    }

    /** The message of the answer to invalid input whose detail is {@code detail}. */
    String invalidMessage(String detail) {
      return detail;
    }

    /** The attribute the answer to a body that cannot be read names. */
    Optional<String> unreadableAttribute() {
      return Optional.empty();
    }

    /** Input that does not validate: {@code attribute} is at fault with {@code problem}. */
    ErrorAnswer invalid(String attribute, String problem, String name, String meaning) {
      String detail = detailOf(attribute, problem);
      return new ErrorAnswer(
          invalidStatus(),
          invalidCode(),
          invalidMessage(detail),
          detail,
          Optional.of(attribute),
          meaning,
          name);
    }

    /** A body the JSON library cannot read at all. */
    ErrorAnswer unreadable(LibraryException.Kind kind, String name) {
      String detail = UnreadableBodies.message(kind);
      return new ErrorAnswer(
          invalidStatus(),
          invalidCode(),
          invalidMessage(detail),
          detail,
          unreadableAttribute(),
          kind == LibraryException.Kind.JSON_LIMITS
              ? "the body is past a limit of the JSON reader"
              : "the body is not JSON",
          name);
    }

    /** A declared exception. */
    ErrorAnswer declared(ErrorDeclaration declaration) {
      String message = messageOf(declaration, ReasonPhrases.of(declaration.status()));
      return new ErrorAnswer(
          statusOf(declaration),
          codeOf(declaration),
          message,
          message,
          Optional.empty(),
          meaningOf(declaration),
          nameOf(declaration));
    }

    /** Any other exception. */
    ErrorAnswer internal() {
      return new ErrorAnswer(
          500,
          internalCode(),
          internalMessage(),
          internalMessage(),
          Optional.empty(),
          INTERNAL_MEANING,
          INTERNAL_NAME);
    }

    /** The errors of the style's own checks of {@code endpoint}, beyond the common ones. */
    List<ErrorAnswer> ownAnswers(EndpointPlan endpoint) {
      return List.of();
    }

    /** The meaning of a declaration, for the catalog. */
    static String meaningOf(ErrorDeclaration declaration) {
      String thrown = "thrown " + declaration.exception().simpleName();
      if (!declaration.detail().isEmpty()) {
        return thrown + ": " + declaration.detail();
      }
      // An @ApiError's own message is written for clients and shown; the example cannot know it.
      return declaration.source() == ErrorDeclaration.Source.API_ERROR
          ? thrown + ", saying its own message"
          : thrown;
    }

    /** The name of a declaration's answer: its class's; the document tells two apart. */
    static String nameOf(ErrorDeclaration declaration) {
      return String.join("_", declaration.exception().simpleNames());
    }

    /**
     * What a declaration's answer says: its fixed detail, else, in an example, {@code fallback}
     * where an {@code @ApiError}'s own message stands at run time.
     */
    static String messageOf(ErrorDeclaration declaration, String fallback) {
      return declaration.detail().isEmpty() ? fallback : declaration.detail();
    }

    /** What an error the framework raised says: its fixed sentence, or {@code internal}. */
    static String frameworkMessage(int status, String internal) {
      return status >= 500 ? internal : MetaConvention.frameworkErrorDetail(status);
    }
  }
}
