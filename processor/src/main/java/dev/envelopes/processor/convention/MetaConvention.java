package dev.envelopes.processor.convention;

import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The meta envelope convention (described in {@code docs/styles/meta.md}): what goes on the wire,
 * answered for the writers and the validator. Every response is one object with the same nine keys;
 * where the document is vague, the choices are written down here.
 *
 * <ul>
 *   <li>All nine keys are always present, in the document's order, so that clients can rely on the
 *       shape; a key that does not apply is {@code null}.
 *   <li>{@code message} is the string {@code "Request OK"}, not the document's unquoted {@code
 *       Request OK}, which is not JSON.
 *   <li>429 is "Too Many Requests", not the document's "Conflict", which is 409's phrase.
 *   <li>{@code count} is the total for a paginated method, the size for a collection or array, and
 *       {@code null} for a single value. {@code pagination} is {@code null} unless the method is
 *       paginated; its {@code next} and {@code prev} are absolute links, {@code null} where there
 *       is no such page.
 *   <li>{@code detailed} is {@code null} on success; on 400 a list of {@code {field, message}},
 *       where {@code field} is {@code null} for a problem that concerns no single field; on other
 *       errors a list of sentences.
 *   <li>A {@code POST} that returns an id creates: 201, a {@code Location} of the new resource, the
 *       id in {@code data}. A {@code PATCH} answers 200, a {@code Location} of the modified
 *       resource, and no data. Everything else answers 200.
 * </ul>
 */
public final class MetaConvention extends NamedConvention {

  /**
   * The keys of every answer, success or error: all nine, always, in the order of the components.
   *
   * @param success {@code true} on success, {@code false} on error
   * @param code the API's code of the status ({@code @ResponseCode}), else the status
   * @param message the text of {@code code}, else the status's reason phrase
   * @param statusCode the HTTP status, repeated for clients that do not read it from HTTP
   * @param statusMessage the reason phrase of the HTTP status
   * @param detailed {@code null} on success; on 400 a list of {@code {field, message}}, on other
   *     errors a list of sentences
   * @param data the method's value; {@code null} on error and where the method answers none
   * @param count a page's total or a list's size; {@code null} for a single value and on error
   * @param pagination {@code {next, prev}} of a paged method, else {@code null}
   */
  public record EnvelopeKeys(
      String success,
      String code,
      String message,
      String statusCode,
      String statusMessage,
      String detailed,
      String data,
      String count,
      String pagination) {

    /** The nine keys, in the order they are written. */
    public List<String> inOrder() {
      return List.of(
          success, code, message, statusCode, statusMessage, detailed, data, count, pagination);
    }
  }

  /** The keys of every answer. */
  public static final EnvelopeKeys ENVELOPE =
      new EnvelopeKeys(
          "success",
          "code",
          "message",
          "status_code",
          "status_message",
          "detailed",
          "data",
          "count",
          "pagination");

  /**
   * The keys of a page's {@code pagination}, in order.
   *
   * @param next the absolute link of the next page, or {@code null} on the last
   * @param prev the absolute link of the page before, or {@code null} on the first
   */
  public record PaginationKeys(String next, String prev) {}

  /** The keys of a page's {@code pagination}. */
  public static final PaginationKeys PAGINATION = new PaginationKeys("next", "prev");

  /**
   * The keys of an entry of a 400's {@code detailed}, in order.
   *
   * @param field the field, query parameter or header at fault, or {@code null} when the problem
   *     concerns no single one
   * @param message what is wrong with it
   */
  public record FieldErrorKeys(String field, String message) {}

  /** The keys of an entry of a 400's {@code detailed}. */
  public static final FieldErrorKeys FIELD_ERROR = new FieldErrorKeys("field", "message");

  /** The statuses the document lists; each gets a constant in the generated status table. */
  public static final List<Integer> DOCUMENTED_STATUSES =
      List.of(200, 201, 400, 401, 403, 404, 409, 429, 500);

  /** The query parameter that says how many records to skip. */
  public static final String OFFSET = "offset";

  /** The query parameter that says how many records to return at most. */
  public static final String LIMIT = "limit";

  /** What {@code detailed} says on a 500, whatever the exception: its details go to the log. */
  public static final String INTERNAL_ERROR_DETAIL = LOGGED_FAILURE;

  /** Only {@link Conventions} makes one. */
  MetaConvention() {
    super("the meta envelope", new PagingParameters(PagingScheme.OFFSET, OFFSET, LIMIT));
  }

  /** Whether the endpoint modifies a resource in place: a {@code PATCH}. */
  public static boolean modifies(EndpointModel endpoint) {
    return endpoint.httpMethod().filter("PATCH"::equals).isPresent();
  }

  /**
   * What {@code detailed} says about an error the framework raised rather than the application,
   * such as a path no resource matches, by status; the framework's own message is never shown.
   * Other statuses say their reason phrase.
   */
  public static final Map<Integer, String> FRAMEWORK_ERROR_DETAILS =
      new TreeMap<>(
          Map.of(
              400, "The request is not valid.",
              401, "The request needs valid credentials.",
              403, "The credentials do not allow this request.",
              404, "No resource matches the request.",
              405, "The resource does not answer this HTTP method.",
              406, "The resource cannot answer in a media type the request accepts.",
              415, "The resource does not accept the media type of the request body."));

  /** What {@code detailed} says about an error of the framework's with a status not listed above. */
  public static final String OTHER_FRAMEWORK_ERROR_DETAIL = "The request is not valid.";

  /**
   * What an error the framework raised with {@code status}, below 500, says in every style that
   * shows a sentence: its fixed sentence, else {@link #OTHER_FRAMEWORK_ERROR_DETAIL}.
   */
  public static String frameworkErrorDetail(int status) {
    return FRAMEWORK_ERROR_DETAILS.getOrDefault(status, OTHER_FRAMEWORK_ERROR_DETAIL);
  }

  /** Invalid input answers the API's message of 400, as its code is the API's code of 400. */
  @Override
  public String invalidMessage(String detail, StatusCodes codes) {
    return codes.messageOf(400);
  }

  @Override
  public String positionProblem() {
    return PagingProblems.META_OFFSET;
  }

  @Override
  public String limitProblem() {
    return PagingProblems.META_LIMIT;
  }

  /** An error the framework raised answers the API's code of its status, and its message. */
  @Override
  public String frameworkCode(int raised, StatusCodes codes) {
    return String.valueOf(codes.codeOf(raised));
  }

  @Override
  public String frameworkMessage(int raised, String detail, StatusCodes codes) {
    return codes.messageOf(raised);
  }

  /** A declaration answers its own code and message, else its status's, which the API may name. */
  @Override
  public String declaredCode(ErrorDeclaration declaration, StatusCodes codes) {
    return String.valueOf(
        declaration.hasOwnCode() ? declaration.code() : codes.codeOf(declaration.status()));
  }

  @Override
  public String declaredMessage(ErrorDeclaration declaration, StatusCodes codes) {
    return declaration.hasOwnCode() ? declaration.message() : codes.messageOf(declaration.status());
  }

  /** A {@code PATCH} answers 200 and a {@code Location} of the modified resource, and no data. */
  @Override
  public boolean patchAnswersData() {
    return false;
  }

  /** The id of a created resource is the envelope's {@code data}. */
  @Override
  public String createdIdKey() {
    return ENVELOPE.data();
  }
}
