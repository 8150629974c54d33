package dev.envelopes.processor.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a paged method reads the page a request asks for, and what its page links repeat.
 *
 * @param position the bound of the parameter that says where the page starts, for a convention
 *     that counts pages or records rather than following a cursor
 * @param limitParameter the query parameter that says how many records a page holds at most
 * @param defaultLimit that parameter's {@code @DefaultValue}
 * @param maxLimit the {@code maxLimit} of the method's {@code @Paginated}
 * @param signsCursors whether the page is asked for by a signed cursor
 * @param linked the query parameters the links to other pages repeat, if the answer links them
 */
public record PagingPlan(
    Optional<PositionBound> position,
    String limitParameter,
    int defaultLimit,
    int maxLimit,
    boolean signsCursors,
    Optional<LinkedQuery> linked) {

  /**
   * The largest value of the parameter that says where a page starts.
   *
   * @param parameter the query parameter, such as {@code offset}
   * @param longType whether the method takes it as a {@code long} rather than an {@code int}
   * @param declared the bound the method's {@code @Paginated} declares below the type's largest
   *     value, if it does
   */
  public record PositionBound(String parameter, boolean longType, OptionalLong declared) {}

  /** The query parameters the links to other pages repeat. */
  public sealed interface LinkedQuery {}

  /** Every one the request has: a {@code @BeanParam} may declare more than the model sees. */
  public record EveryParameter() implements LinkedQuery {}

  /**
   * Those the method declares.
   *
   * @param names their names, in order of name
   */
  public record DeclaredParameters(List<String> names) implements LinkedQuery {}

  /** Those the method's {@link EndpointPlan.QueryCheck} lets through. */
  public record CheckedParameters() implements LinkedQuery {}
}
