package dev.envelopes.bench.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The status envelope written by hand: one generic class for every answer, filled at run time by
 * {@link StatusResponseFilter}; {@code pagination} only on pages.
 *
 * @param <T> the type of {@code data}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
public record StatusResponse<T>(
    @JsonProperty("status") String status,
    @JsonProperty("data") T data,
    @JsonProperty("pagination") @JsonInclude(JsonInclude.Include.NON_NULL) Pagination pagination) {

  /** A success holding {@code data}. */
  public static <T> StatusResponse<T> success(T data, Pagination pagination) {
    return new StatusResponse<>("success", data, pagination);
  }

  /**
   * The totals of a paged answer.
   *
   * @param totalCount the number of records on all pages
   * @param currentPage the page answered, from 1
   * @param totalPages the number of pages
   */
  @JsonPropertyOrder({"total_count", "current_page", "total_pages"})
  public record Pagination(
      @JsonProperty("total_count") long totalCount,
      @JsonProperty("current_page") long currentPage,
      @JsonProperty("total_pages") long totalPages) {}
}
