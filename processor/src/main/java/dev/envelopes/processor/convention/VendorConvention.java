package dev.envelopes.processor.convention;

import dev.envelopes.VendorQueryCheck;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The vendor API convention (described in {@code docs/styles/vendor.md}): a versioned vendor media
 * type, {@code request_id} in every success, errors as {@code {request_uuid, status, errors}},
 * cursor paging with a {@code Link} header, views and side-loaded related records. Where the
 * document is vague, the choices are written down here.
 *
 * <ul>
 *   <li>A request names the version in {@code Accept} ({@code application/vnd.flow.v2+json}) or as
 *       a {@code /v2} path prefix; one that names neither is answered too, as the current version.
 *       Another version answers {@code unsupported_version}: 406 when asked in {@code Accept}, 404
 *       when asked in the path. Every answer of a vendor resource carries the vendor media type.
 *   <li>A success is {@code {"data": ..., <included>: [...], "request_id": ...}}: the method's
 *       value under {@code data} ({@code null} for {@code void}), then each related record list the
 *       request asked for, then the request id. A {@code POST} that returns an id answers 201 with
 *       a {@code Location} and the id in {@code data}.
 *   <li>The request id is the request's {@code X-Request-Id} header when it is 1 to 128 letters,
 *       digits, {@code .}, {@code _} or {@code -}, and a random UUID otherwise; it is answered as
 *       {@code request_id} on success, as {@code request_uuid} on error, and in an {@code
 *       X-Request-Id} response header on both.
 *   <li>Each error object has {@code message}, {@code code}, {@code link} (the declared
 *       documentation URL followed by the code), {@code description} (the same as {@code message},
 *       as the document allows when there is no longer text), and {@code attribute} only when the
 *       error is about one. Codes: {@code unsupported_param} for a query parameter the method does
 *       not take, {@code invalid_attribute} for a value that does not validate (a view or include
 *       it does not offer, a bad cursor or limit, a field of the body), {@code record_not_found}
 *       for 404, {@code not_modified} for 409, {@code missing_param} for a value validation
 *       requires and the request left out; a declared {@code errorCode} wins. Other statuses get
 *       codes of their own: {@code unauthorized}, {@code forbidden}, {@code rate_limited}, {@code
 *       invalid_request}, {@code internal_error}.
 *   <li>Paging: {@code cursor} says where the page starts (the first page when absent), {@code
 *       limit} the page size (default from the method's {@code @DefaultValue}). The document shows
 *       a cursor as a number of records but tells clients never to build one; Envelopes makes it
 *       opaque and signed ({@code dev.envelopes.CursorKey}), so that a client can only follow the
 *       links it was given. The {@code Link} header (RFC 8288, {@code rel="next"}) is the URI the
 *       client sent, version prefix included, with {@code cursor} moved on and every other
 *       parameter kept; the last page has none.
 *   <li>Dates and times go on the wire as ISO-8601, as the document requires, whatever the
 *       application's {@code ObjectMapper} does with them: the generated serializers write every
 *       {@code java.time} value of a payload's plain records themselves ({@code 2026-03-20}, {@code
 *       2026-03-02T09:15:30Z}, a {@code ZonedDateTime} with its offset and without its zone id, a
 *       {@code Duration} as {@code PT1H30M}).
 * </ul>
 */
public final class VendorConvention extends NamedConvention {

  /**
   * The keys of a success, in order; the related records the request asked for go between them.
   *
   * @param data the method's value, {@code null} for {@code void}
   * @param requestId the id of the request
   */
  public record SuccessKeys(String data, String requestId) {}

  /** The keys of a success. */
  public static final SuccessKeys SUCCESS = new SuccessKeys("data", "request_id");

  /**
   * The keys of an error body, in order.
   *
   * @param requestUuid the id of the request
   * @param status always {@code "error"}
   * @param errors one or more errors
   */
  public record ErrorKeys(String requestUuid, String status, String errors) {}

  /** The keys of an error body. */
  public static final ErrorKeys ERROR = new ErrorKeys("request_uuid", "status", "errors");

  /**
   * The keys of one error of an error body, in order.
   *
   * @param message what went wrong, for people
   * @param code what went wrong, for programs
   * @param link where the code is documented: the declared base followed by the code
   * @param description the longer explanation, the same as the message
   * @param attribute the attribute at fault, left out when the error concerns none
   */
  public record DetailKeys(
      String message, String code, String link, String description, String attribute) {}

  /** The keys of one error of an error body. */
  public static final DetailKeys DETAIL =
      new DetailKeys("message", "code", "link", "description", "attribute");

  /**
   * Why an answer cannot be written when the mapper changes how records are written, so that
   * databind writes the payload, and writes its dates and times otherwise than as ISO-8601: logged
   * with the 500 the client gets.
   *
   * @param writeIso how to make the mapper write them as ISO-8601, in its Jackson's words
   * @param changes what changes how records are written, in its Jackson's words
   */
  public static String datesNeedIsoMapper(String writeIso, String changes) {
    return "The vendor style answers dates and times in ISO-8601. This ObjectMapper changes how"
        + " records are written, so Envelopes leaves the payload to it, and it writes java.time"
        + " values otherwise: "
        + writeIso
        + ", or remove what changes how records are written ("
        + changes
        + ").";
  }

  /**
   * Why an answer cannot be written when its payload is one the generated serializers leave to
   * databind whatever the mapper (a type they do not write key by key), and the mapper writes its
   * dates and times otherwise than as ISO-8601: logged with the 500 the client gets.
   *
   * @param writeIso how to make the mapper write them as ISO-8601, in its Jackson's words
   */
  public static String datesOfDatabindPayloadNeedIsoMapper(String writeIso) {
    return "The vendor style answers dates and times in ISO-8601. Envelopes leaves this payload to"
        + " the ObjectMapper, as it holds a type that Envelopes does not write key by key, and the"
        + " mapper writes java.time values otherwise: "
        + writeIso
        + ".";
  }

  /** The query parameter of the opaque cursor of the page. */
  public static final String CURSOR = "cursor";

  /** The query parameter of the page size. */
  public static final String LIMIT = "limit";

  /** The query parameter that chooses a view, as the annotations jar's check reads it. */
  public static final String VIEW = VendorQueryCheck.VIEW;

  /** The view every method has. */
  public static final String DEFAULT_VIEW = "default";

  /** The query parameter that asks for related records, as the annotations jar's check reads it. */
  public static final String INCLUDE = VendorQueryCheck.INCLUDE;

  /** Keys of the success object that an included record list cannot take. */
  public static final List<String> RESERVED_KEYS = List.of(SUCCESS.data(), SUCCESS.requestId());

  /** What a 500 says, whatever the exception: its details go to the log. */
  public static final String INTERNAL_ERROR_MESSAGE = LOGGED_FAILURE;

  /** The code of a 500. */
  public static final String INTERNAL_ERROR_CODE = "internal_error";

  /** The code of a request for a version the API does not answer. */
  public static final String UNSUPPORTED_VERSION = "unsupported_version";

  /** What a {@link #MISSING_PARAM} says, before the parameter's name. */
  public static final String MISSING_PARAM_MESSAGE = "param is missing or the value is empty: ";

  /** What a refused cursor answers, an {@link #INVALID_ATTRIBUTE}. */
  public static final String CURSOR_PROBLEM = CURSOR + " " + PagingProblems.CURSOR;

  /** What a refused limit answers, an {@link #INVALID_ATTRIBUTE}, before the largest limit. */
  public static final String LIMIT_PROBLEM = LIMIT + " " + PagingProblems.FROM_ONE;

  /** The code of a query parameter the method does not take. */
  public static final String UNSUPPORTED_PARAM = "unsupported_param";

  /** The code of a value that does not validate. */
  public static final String INVALID_ATTRIBUTE = "invalid_attribute";

  /** The code of a value that validation requires and the request left out. */
  public static final String MISSING_PARAM = "missing_param";

  /** The code of a framework's error below 500 without a code of its own. */
  public static final String OTHER_FRAMEWORK_CODE = "invalid_request";

  /** The code of each error the framework raises, by status; others take {@link #frameworkCode}. */
  public static final Map<Integer, String> FRAMEWORK_CODES =
      new TreeMap<>(
          Map.of(
              401, "unauthorized",
              403, "forbidden",
              404, "record_not_found",
              405, "method_not_allowed",
              406, "not_acceptable",
              415, "unsupported_media_type"));

  /** What a request for another version is told, before the version it asked for. */
  public static final String UNSUPPORTED_VERSION_PREFIX = "API version ";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** Only {@link Conventions} makes one. */
  VendorConvention() {
    super("the vendor style", new PagingParameters(PagingScheme.CURSOR, CURSOR, LIMIT));
  }

  /** Whether {@code name} can name a view or a related record: a snake_case word. */
  public static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  /**
   * Whether each related record of {@code includes} can have a key of its own in the answer: a
   * name, given once, that {@code data} or {@code request_id} does not take.
   */
  public static boolean includesHaveKeysOfTheirOwn(List<String> includes) {
    Set<String> keys = new HashSet<>(RESERVED_KEYS);
    return includes.stream().allMatch(name -> isName(name) && keys.add(name));
  }

  /** What a request for another version is told, after the version it asked for. */
  public static String unsupportedVersionSuffix(VendorDeclaration vendor) {
    return " is not supported; this API answers version "
        + vendor.version()
        + " ("
        + vendor.mediaType()
        + ").";
  }

  /** The code of an error declared with {@code status} and no code of its own. */
  private static String codeOfStatus(int status) {
    return switch (status) {
      case 400, 422 -> "invalid_attribute";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404, 410 -> "record_not_found";
      case 409 -> "not_modified";
      case 429 -> "rate_limited";
      default -> status >= 500 ? "internal_error" : "invalid_request";
    };
  }

  @Override
  public boolean answersViewsAndRelated() {
    return true;
  }

  @Override
  public boolean needsVendorDeclaration() {
    return true;
  }

  /** The document requires ISO-8601, so the generated serializers write dates themselves. */
  @Override
  public boolean writesIsoDateTimes() {
    return true;
  }

  /** Invalid input has a code of its own, not the code of the framework's 400. */
  @Override
  public String invalidCode(StatusCodes codes) {
    return INVALID_ATTRIBUTE;
  }

  /** The message names the attribute at fault, as the document's examples do. */
  @Override
  public String invalidDetail(String attribute, String problem) {
    return attribute + " " + problem;
  }

  /** An error the framework raised answers its status's code, else a 500's or a refusal's. */
  @Override
  public String frameworkCode(int raised, StatusCodes codes) {
    return FRAMEWORK_CODES.getOrDefault(
        raised, raised >= 500 ? INTERNAL_ERROR_CODE : OTHER_FRAMEWORK_CODE);
  }

  @Override
  public String declaredCode(ErrorDeclaration declaration, StatusCodes codes) {
    return codeOf(declaration);
  }

  /** The code a declared exception answers with: its own {@code errorCode}, else its status's. */
  public static String codeOf(ErrorDeclaration declaration) {
    return declaration.errorCodeOr(VendorConvention::codeOfStatus);
  }

  /** The id of a created resource is the success's {@code data}. */
  @Override
  public String createdIdKey() {
    return SUCCESS.data();
  }
}
