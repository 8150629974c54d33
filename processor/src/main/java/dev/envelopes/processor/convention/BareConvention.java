package dev.envelopes.processor.convention;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ReturnShape;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bare convention (described in {@code docs/styles/bare.md}): no envelope on success, {@code
 * {errorCode, errorMessage}} on error, camelCase. Where the document is vague or contradicts
 * itself, the choices are written down here.
 *
 * <ul>
 *   <li>A {@code POST} that returns an id ({@code long}, {@code int}, their boxes, {@code String},
 *       {@code UUID}) creates and answers {@code 200} with {@code {"id": ...}}, as the document
 *       shows; it sets no {@code Location}, which the document does not name.
 *   <li>A method that returns nothing ({@code void}) answers {@code 200} with an empty body ({@code
 *       Content-Length: 0}): the document's update, delete and process actions. Its {@code {}} for
 *       a process action contradicts its own "empty response body"; the empty body wins.
 *   <li>A single value answers itself; {@code null} or an empty {@code Optional} answers {@code
 *       204}. A collection or array answers a JSON array; an empty one answers {@code 204} ("multi
 *       queries with no results").
 *   <li>A paged query answers {@code {cursor, count, totalRecordCount, hasMoreRecords, data}}:
 *       {@code count} is the size of this page, {@code cursor} the opaque cursor of the next page
 *       and {@code null} on the last one. A query whose whole result is empty answers {@code 204};
 *       a cursor past the end answers an empty last page.
 *   <li>Errors carry one of the document's codes with the document's status: {@code
 *       VALIDATION_ERROR}, {@code PRECONDITION_FAILED}, {@code BUSINESS_RULE_VIOLATION}, {@code
 *       FILE_TOO_LARGE} and {@code INVALID_FILE_TYPE} answer 400, {@code UNAUTHORIZED} 401 (the
 *       document answers authorization failures with 401 too, and lists no 403), {@code NOT_FOUND}
 *       and {@code ATTACHMENT_NOT_FOUND} 404, {@code INTERNAL_ERROR} 500. A code of the user's own
 *       keeps the declared status.
 *   <li>Validation failures answer one {@code VALIDATION_ERROR} whose message names each field at
 *       fault, such as {@code "fullName: must not be blank"}, joined by {@code "; "}.
 * </ul>
 */
public final class BareConvention extends NamedConvention {

  /** The key of a create's answer, {@code {"id": ...}}: the id of the created resource. */
  public static final String ID = "id";

  /**
   * The keys of a page, in order.
   *
   * @param cursor the opaque cursor of the next page, which a client passes back as the query
   *     parameter {@link #CURSOR}; {@code null} on the last page
   * @param count the number of records on this page
   * @param totalRecordCount the number of records on all pages
   * @param hasMoreRecords whether a next page follows
   * @param data the records of this page
   */
  public record PageKeys(
      String cursor, String count, String totalRecordCount, String hasMoreRecords, String data) {}

  /** The keys of a page. */
  public static final PageKeys PAGE =
      new PageKeys("cursor", "count", "totalRecordCount", "hasMoreRecords", "data");

  /**
   * The keys of every error, in order.
   *
   * @param errorCode what went wrong, for programs: one of a fixed list of codes
   * @param errorMessage what went wrong, for people
   */
  public record ErrorKeys(String errorCode, String errorMessage) {}

  /** The keys of every error. */
  public static final ErrorKeys ERROR = new ErrorKeys("errorCode", "errorMessage");

  /** The query parameter that carries the cursor. */
  public static final String CURSOR = "cursor";

  /** The query parameter that says how many records to return at most. */
  public static final String LIMIT = "limit";

  /** What a refused cursor answers, among the problems of a paging check. */
  public static final String CURSOR_PROBLEM = CURSOR + ": " + PagingProblems.CURSOR;

  /** What a refused limit answers, followed by the method's largest limit. */
  public static final String LIMIT_PROBLEM = LIMIT + ": " + PagingProblems.FROM_ONE;

  /** What a 500 says, whatever the exception: its details go to the log. */
  public static final String INTERNAL_ERROR_MESSAGE =
      "An unexpected error occurred while processing the request";

  /** The document's error codes and the status each answers with. */
  private static final Map<String, Integer> DOCUMENTED_CODES =
      new TreeMap<>(
          Map.of(
              "VALIDATION_ERROR", 400,
              "PRECONDITION_FAILED", 400,
              "BUSINESS_RULE_VIOLATION", 400,
              "FILE_TOO_LARGE", 400,
              "INVALID_FILE_TYPE", 400,
              "UNAUTHORIZED", 401,
              "NOT_FOUND", 404,
              "ATTACHMENT_NOT_FOUND", 404,
              "INTERNAL_ERROR", 500));

  /**
   * The status and code of an error the framework raised with {@code raised}: the document's
   * code for it, with that code's status.
   *
   * @param status the status answered
   * @param code the {@code errorCode}
   */
  public record FrameworkAnswer(int status, String code) {}

  /** The answer to an error the framework raised with {@code raised}. */
  public static FrameworkAnswer frameworkAnswerOf(int raised) {
    if (raised >= 500) {
      return new FrameworkAnswer(500, "INTERNAL_ERROR");
    } else if (raised == 401 || raised == 403) {
      return new FrameworkAnswer(401, "UNAUTHORIZED");
    } else if (raised == 404) {
      return new FrameworkAnswer(404, "NOT_FOUND");
    }
    return new FrameworkAnswer(400, VALIDATION_ERROR);
  }

  /** The code of input that does not validate. */
  public static final String VALIDATION_ERROR = "VALIDATION_ERROR";

  /**
   * What the frameworks write themselves, not with Jackson, even as JSON: text and bytes (Jakarta
   * REST's JSON providers leave them to its own writers, Spring writes any {@link CharSequence} with
   * its {@code StringHttpMessageConverter}), and the types a value of those may be declared as.
   */
  private static final Set<TypeName> WRITTEN_WITHOUT_JACKSON =
      Set.of(
          ClassName.OBJECT,
          ClassName.get(String.class),
          ClassName.get(CharSequence.class),
          ClassName.get(Serializable.class),
          ClassName.get(Comparable.class),
          ClassName.get("java.lang.constant", "Constable"),
          ClassName.get("java.lang.constant", "ConstantDesc"),
          ArrayTypeName.of(TypeName.BYTE),
          ArrayTypeName.of(TypeName.CHAR));

  /**
   * Whether the bare answer of {@code endpoint} is the record of its value, written as the value
   * itself: the method returns one value, present or not (but for a created id, which has a record
   * of its own), or a collection or an array, of a type that Jackson writes.
   */
  public static boolean answersWithValueRecord(EndpointModel endpoint) {
    ReturnShape returns = endpoint.returns();
    TypeName type;
    if (returns instanceof ReturnShape.Single single && !CreatedIds.creates(endpoint)) {
      type = single.type();
    } else if (returns instanceof ReturnShape.Multiple multiple) {
      type = multiple.type();
    } else {
      return false;
    }
    TypeName raw =
        type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    return !WRITTEN_WITHOUT_JACKSON.contains(raw);
  }

  /** Only {@link Conventions} makes one. */
  BareConvention() {
    super("the bare style", new PagingParameters(PagingScheme.CURSOR, CURSOR, LIMIT));
  }

  /** The code of a declared status that names no code of its own. */
  private static String codeOfDeclaredStatus(int status) {
    return switch (status) {
      case 400, 422 -> "VALIDATION_ERROR";
      case 401, 403 -> "UNAUTHORIZED";
      case 404, 410 -> "NOT_FOUND";
      case 412 -> "PRECONDITION_FAILED";
      case 413 -> "FILE_TOO_LARGE";
      case 415 -> "INVALID_FILE_TYPE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "BUSINESS_RULE_VIOLATION";
    };
  }

  /**
   * The status an error with {@code code} answers with, when it was declared with {@code status}.
   */
  private static int statusOf(String code, int status) {
    return DOCUMENTED_CODES.getOrDefault(code, status);
  }

  /** The document names no {@code Location}, and a page carries its next cursor, not a link. */
  @Override
  public boolean answersWithLinks() {
    return false;
  }

  /** The code a declared exception answers with: its own {@code errorCode}, else its status's. */
  public static String codeOf(ErrorDeclaration declaration) {
    return declaration.errorCodeOr(BareConvention::codeOfDeclaredStatus);
  }

  /** The status a declared exception answers with: its code's documented one, else its own. */
  public static int statusOf(ErrorDeclaration declaration) {
    return statusOf(codeOf(declaration), declaration.status());
  }

  /** The message names the attribute at fault: the bare body has no key of its own for it. */
  @Override
  public String invalidDetail(String attribute, String problem) {
    return attribute + ": " + problem;
  }

  /** An error the framework raised answers the status and code of {@link #frameworkAnswerOf}. */
  @Override
  public int frameworkStatus(int raised) {
    return frameworkAnswerOf(raised).status();
  }

  @Override
  public String frameworkCode(int raised, StatusCodes codes) {
    return frameworkAnswerOf(raised).code();
  }

  @Override
  public int declaredStatus(ErrorDeclaration declaration) {
    return statusOf(declaration);
  }

  @Override
  public String declaredCode(ErrorDeclaration declaration, StatusCodes codes) {
    return codeOf(declaration);
  }

  /** The document's own sentence for a 500. */
  @Override
  public String internalDetail() {
    return INTERNAL_ERROR_MESSAGE;
  }

  /** The answer to a created resource is {@code {"id": ...}}, without an envelope. */
  @Override
  public String createdIdKey() {
    return ID;
  }
}
