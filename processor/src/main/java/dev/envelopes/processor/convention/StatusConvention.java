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
}
