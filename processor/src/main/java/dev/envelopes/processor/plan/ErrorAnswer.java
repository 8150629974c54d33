package dev.envelopes.processor.plan;

import java.util.Comparator;
import java.util.Optional;

/**
 * One error an endpoint can answer, as its style writes it: what the API's OpenAPI document lists
 * as a response with an example, and its error catalog as a row. {@link ErrorAnswers} makes them.
 *
 * @param status the HTTP status
 * @param code the style's code: the meta envelope's API code, the bare style's {@code errorCode},
 *     the vendor style's {@code code}, the status envelope's declared {@code code} or empty
 * @param message what the answer's message says: the meta envelope's code message, the other
 *     styles' message; an example where it depends on the request
 * @param detail what the answer says beyond its message: the meta envelope's {@code detailed}
 *     entry, the status envelope's attribute message; else the message again
 * @param attribute the field or parameter at fault, if the answer names one
 * @param meaning what happened, for people reading the catalog
 * @param name a short name, unique among an endpoint's answers, for the example
 */
public record ErrorAnswer(
    int status,
    String code,
    String message,
    String detail,
    Optional<String> attribute,
    String meaning,
    String name) {

  /** By status, then code, then name. */
  public static final Comparator<ErrorAnswer> ORDER =
      Comparator.comparingInt(ErrorAnswer::status)
          .thenComparing(ErrorAnswer::code)
          .thenComparing(ErrorAnswer::name);

  /**
   * By its status and name, which tell answers apart, and which equal answers share: the OpenAPI
   * document hashes every error of every operation to find the responses they share, and the
   * record's own hash of all seven components was a noticeable part of a large API's build.
   */
  @Override
  public int hashCode() {
    return 31 * status + name.hashCode();
  }
}
