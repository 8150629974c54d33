package dev.envelopes.processor.plan;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.Optional;
import java.util.Set;

/**
 * How one enveloped method answers, decided once from its model and its convention; a binding
 * renders it and decides nothing. {@link EndpointPlans#of} makes one.
 *
 * @param resource the class the method belongs to
 * @param endpoint the method
 * @param convention the convention it answers in
 * @param result what its filter reads of the method's result
 * @param successStatus the status of a successful answer
 * @param location which resource the {@code Location} header of a successful answer names
 * @param answersEmptyAsNoContent whether nothing to answer (no value, an empty collection or page)
 *     is a 204 rather than an envelope, and a single value is answered as it is
 * @param answersWithValueRecord whether a value or a list is answered in the record of the
 *     method's answer, written as the value itself (the bare style, for a type Jackson writes)
 * @param unwrapsRelated whether the method returns its data wrapped with related records
 * @param queryCheck the query the method takes, checked before it runs, if the convention checks
 *     the query
 * @param paging how it reads a page request, if it is paged
 */
public record EndpointPlan(
    ResourceModel resource,
    EndpointModel endpoint,
    Convention convention,
    Result result,
    int successStatus,
    Location location,
    boolean answersEmptyAsNoContent,
    boolean answersWithValueRecord,
    boolean unwrapsRelated,
    Optional<QueryCheck> queryCheck,
    Optional<PagingPlan> paging) {

  /** What the method's result is to its filter. */
  public enum Result {
    /** Nothing: the method answers no data. */
    NO_DATA,
    /** The id of the resource it created; {@code null} is the method's error. */
    CREATED_ID,
    /** An {@code Optional} of one value. */
    OPTIONAL,
    /** One value, possibly {@code null}. */
    SINGLE,
    /** A collection or an array; {@code null} is the method's error. */
    MULTIPLE,
    /** A {@code Page}; {@code null} is the method's error. */
    PAGE
  }

  /** Which resource a successful answer names in its {@code Location} header. */
  public enum Location {
    /** No {@code Location} header. */
    NONE,
    /** The request's path followed by the id the method returned: a created resource. */
    NEW_RESOURCE,
    /** The request's own path: the resource the request modified. */
    REQUEST
  }

  /**
   * The query a method takes, refused before it runs when a request names anything else.
   *
   * @param parameters the query parameters it takes, in order of name
   * @param views the views it offers, in order of name, none when it declares none
   * @param includes the related records it can side-load, in order of name
   */
  public record QueryCheck(Set<String> parameters, Set<String> views, Set<String> includes) {}

  /** {@code Type.method}, as the filters name the method in their messages. */
  public String methodName() {
    return String.join(".", resource.type().simpleNames()) + "." + endpoint.name();
  }

  /**
   * Whether the method returns the framework's own response (Spring MVC's {@code
   * ResponseEntity<T>}), whose status and headers stand: the answer states the response's status
   * rather than {@link #successStatus}, and adds no {@code Location} of its own.
   */
  public boolean keepsResponseStatus() {
    return endpoint.delivery() == EndpointModel.Delivery.BODY_IN_RESPONSE;
  }

  /** Whether the method pages by a signed cursor, and so needs the application's key. */
  public boolean signsCursors() {
    return paging.filter(PagingPlan::signsCursors).isPresent();
  }
}
