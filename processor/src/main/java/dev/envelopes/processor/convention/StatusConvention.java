package dev.envelopes.processor.convention;

import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.ParameterModel;
import java.util.Optional;

/**
 * The status envelope convention (JSend-like, described in {@code docs/styles/status.md}): every
 * response is an object whose {@code status} says what kind it is. Where the document is vague, the
 * choices are written down here.
 *
 * <ul>
 *   <li>{@code success} carries exactly {@code status} and {@code data}, plus {@code pagination}
 *       when the method is paged and only then. {@code data} is {@code null} for a method that
 *       returns nothing. A {@code POST} that returns an id answers 201 with a {@code Location} and
 *       the id in {@code data}; every other success answers 200.
 *   <li>{@code failure} is the answer to input that does not validate: Jakarta Validation failures,
 *       JSON that does not parse or fit, bad paging parameters, and exceptions declared with status
 *       422. It always answers 422 and carries {@code status}, {@code data}, {@code message} and
 *       {@code errors}; {@code data} and {@code errors} hold the same list of {@code
 *       {attribute_name, messages}} (the document calls {@code data} "a failures object" and the
 *       attribute list "errors/failures object"), empty when no attribute is at fault.
 *   <li>{@code error} is every other error, with its declared status (or the framework's, or 500):
 *       {@code status}, {@code message} and {@code errors} (empty), never {@code data}.
 *   <li>{@code code}, optional in both, is written only for an exception declared with an {@code
 *       errorCode}.
 *   <li>Paging by {@code page} (from 1) and {@code per_page}: {@code pagination} is {@code
 *       {total_count, current_page, total_pages}}. A page past the last answers 200 with an empty
 *       {@code data} and the true totals, so a client sees where the result ends; a page below 1, a
 *       {@code per_page} below 1 or over the method's maximum, or a value that is not a plain whole
 *       number answers a 422 failure naming the parameter.
 * </ul>
 */
public final class StatusConvention extends NamedConvention {

  /**
   * The keys of the answers: a {@code success} has {@code status}, {@code data} and, when paged,
   * {@code pagination}; a {@code failure} {@code status}, {@code data}, {@code message}, {@code
   * errors} and {@code code}; an {@code error} the same without {@code data}.
   *
   * @param status what kind of answer it is: {@code success}, {@code failure} or {@code error}
   * @param data on a {@code success} the method's value ({@code null} where it answers none), on a
   *     {@code failure} the attributes at fault
   * @param pagination the totals of a paged method's {@code success}
   * @param message what went wrong
   * @param errors the attributes at fault, the same list as a failure's {@code data}; always empty
   *     on an {@code error}
   * @param code the declared code, left out when the exception declares none
   */
  public record AnswerKeys(
      String status, String data, String pagination, String message, String errors, String code) {}

  /** The keys of the answers. */
  public static final AnswerKeys ANSWER =
      new AnswerKeys("status", "data", "pagination", "message", "errors", "code");

  /**
   * The keys of a page's {@code pagination}, in order.
   *
   * @param totalCount the number of records on all pages
   * @param currentPage the page answered, from 1
   * @param totalPages the number of pages
   */
  public record PaginationKeys(String totalCount, String currentPage, String totalPages) {}

  /** The keys of a page's {@code pagination}. */
  public static final PaginationKeys PAGINATION =
      new PaginationKeys("total_count", "current_page", "total_pages");

  /**
   * The keys of an attribute at fault, in order.
   *
   * @param attributeName the field, query parameter or header at fault
   * @param messages what is wrong with it
   */
  public record AttributeKeys(String attributeName, String messages) {}

  /** The keys of an attribute at fault. */
  public static final AttributeKeys ATTRIBUTE = new AttributeKeys("attribute_name", "messages");

  /** The query parameter that says which page, from 1. */
  public static final String PAGE = "page";

  /** The query parameter that says how many records a page holds at most. */
  public static final String PER_PAGE = "per_page";

  /** The status of every failure. */
  public static final int FAILURE_STATUS = 422;

  /** What {@code message} says on a failure of the request's input. */
  public static final String FAILURE_MESSAGE = "The request is not valid.";

  /** What {@code message} says on a 500, whatever the exception: its details go to the log. */
  public static final String INTERNAL_ERROR_MESSAGE = LOGGED_FAILURE;

  /** Only {@link Conventions} makes one. */
  StatusConvention() {
    super("the status envelope", new PagingParameters(PagingScheme.PAGE, PAGE, PER_PAGE));
  }

  /** Invalid input is a {@code failure}: 422, no code, the fixed message. */
  @Override
  public int invalidStatus() {
    return FAILURE_STATUS;
  }

  @Override
  public String invalidMessage(String detail, StatusCodes codes) {
    return FAILURE_MESSAGE;
  }

  /** A body that cannot be read is a failure of the attribute {@code body}. */
  @Override
  public Optional<String> unreadableAttribute() {
    return Optional.of(ParameterModel.BODY);
  }

  @Override
  public String frameworkCode(int raised, StatusCodes codes) {
    return "";
  }

  /** A declaration answers {@code code} only where it gives one. */
  @Override
  public String declaredCode(ErrorDeclaration declaration, StatusCodes codes) {
    return declaration.errorCode();
  }

  /** The id of a created resource is the {@code success}'s {@code data}. */
  @Override
  public String createdIdKey() {
    return ANSWER.data();
  }
}
