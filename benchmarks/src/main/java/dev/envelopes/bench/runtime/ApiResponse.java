package dev.envelopes.bench.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;

/**
 * The usual hand-written envelope: one generic class for every answer, filled at run time by {@link
 * ApiResponseFilter}. It puts the same keys on the wire as the generated meta envelope.
 *
 * @param <T> the type of {@code data}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "success",
  "code",
  "message",
  "status_code",
  "status_message",
  "detailed",
  "data",
  "count",
  "pagination"
})
public record ApiResponse<T>(
    @JsonProperty("success") boolean success,
    @JsonProperty("code") int code,
    @JsonProperty("message") String message,
    @JsonProperty("status_code") int statusCode,
    @JsonProperty("status_message") String statusMessage,
    @JsonProperty("detailed") Object detailed,
    @JsonProperty("data") T data,
    @JsonProperty("count") Long count,
    @JsonProperty("pagination") Pagination pagination) {

  /** A successful answer with the API's code for 200. */
  public static <T> ApiResponse<T> ok(T data, Long count, Pagination pagination) {
    return new ApiResponse<>(true, 602, "Request OK", 200, "OK", null, data, count, pagination);
  }

  /**
   * Links to the neighbouring pages.
   *
   * @param next the next page, or {@code null}
   * @param prev the previous page, or {@code null}
   */
  public record Pagination(@JsonProperty("next") URI next, @JsonProperty("prev") URI prev) {

    /** The link to the page at {@code offset} of {@code limit} records. */
    @FunctionalInterface
    public interface PageLink {
      URI to(long offset, long limit);
    }

    /**
     * The links of the page at {@code offset} of {@code limit} of {@code total} records, by the same
     * rules as the generated ones: the previous page ends where this one starts, and never
     * overlaps it.
     */
    public static Pagination of(long offset, long limit, long total, PageLink link) {
      URI next = offset + limit < total ? link.to(offset + limit, limit) : null;
      long end = Math.min(offset, total);
      long start = Math.max(0, end - limit);
      URI prev = end > 0 ? link.to(start, end - start) : null;
      return new Pagination(next, prev);
    }
  }
}
