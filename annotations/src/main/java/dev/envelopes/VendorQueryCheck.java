package dev.envelopes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check of a vendor request's query before the resource method runs, the same in every API:
 * every parameter must be one the method takes ({@code unsupported_param} otherwise), the {@code
 * view} one it offers, given at most once, and each {@code include} one it can side-load ({@code
 * invalid_attribute} otherwise). Generated code turns each problem into the API's error detail.
 */
public final class VendorQueryCheck {

  /** The query parameter that chooses a view. */
  public static final String VIEW = "view";

  /** The query parameter that names related records to side-load. */
  public static final String INCLUDE = "include";

  private VendorQueryCheck() {}

  /**
   * One parameter at fault.
   *
   * @param code the vendor error code
   * @param message what is wrong, for people, with the client's text cut to its bound
   * @param attribute the parameter at fault
   */
  public record Problem(String code, String message, String attribute) {}

  /**
   * What is wrong with a query: the first problems, as many as an answer lists, and how many there
   * are in all.
   *
   * @param listed the first problems, at most one more than {@link ErrorBounds#LISTED}, as {@link
   *     ErrorBounds#listed(List, int, java.util.function.IntFunction)} takes them
   * @param total how many problems there are
   */
  public record Problems(List<Problem> listed, int total) {}

  /**
   * What is wrong with a query, or {@code null} when nothing is; a good query, the usual one, is
   * let through without allocating anything.
   *
   * @param query the names of the query's parameters
   * @param chosen the values of its {@code view} parameter
   * @param included the related records it asks for; only read when {@code includes} is not empty
   * @param parameters the query parameters the method takes
   * @param views the views it offers, {@code default} among them, or none when it declares none
   * @param includes the related records it can side-load
   */
  public static Problems problems(
      Collection<String> query,
      List<String> chosen,
      Set<String> included,
      Set<String> parameters,
      Set<String> views,
      Set<String> includes) {
    boolean viewFits = views.isEmpty() || (chosen.size() <= 1 && views.containsAll(chosen));
    if (parameters.containsAll(query)
        && viewFits
        && (includes.isEmpty() || includes.containsAll(included))) {
      return null;
    }
    List<Problem> listed = new ArrayList<>();
    // Past the few problems an answer lists, the rest are only counted, however many.
    int total = 0;
    for (String name : new TreeSet<>(query)) {
      if (!parameters.contains(name) && ErrorBounds.collects(total++)) {
        listed.add(
            new Problem(
                "unsupported_param", "param is not supported: " + ErrorBounds.name(name), name));
      }
    }
    if (!viewFits) {
      total++;
      listed.add(
          new Problem(
              "invalid_attribute",
              "view must be given at most once, as one of: "
                  + String.join(", ", new TreeSet<>(views)),
              VIEW));
    }
    // A method that side-loads nothing does not take the parameter at all.
    for (String name : includes.isEmpty() ? Set.<String>of() : included) {
      if (!includes.contains(name) && ErrorBounds.collects(total++)) {
        listed.add(
            new Problem(
                "invalid_attribute",
                "include cannot side-load "
                    + ErrorBounds.name(name)
                    + "; it can side-load: "
                    + String.join(", ", new TreeSet<>(includes)),
                INCLUDE));
      }
    }
    return new Problems(listed, total);
  }
}
