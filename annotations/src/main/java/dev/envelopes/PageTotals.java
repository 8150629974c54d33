package dev.envelopes;

/**
 * The {@code pagination} of a paged answer in the {@link Style#STATUS} style: the totals of the
 * result and the page answered, written as {@code {"total_count": ..., "current_page": ...,
 * "total_pages": ...}}.
 *
 * <p>The generated paging code builds it with {@link #of} and the answer's record holds it. The
 * generated serializers write it key by key with Jackson's streaming API, never through databind,
 * so an {@code ObjectMapper}'s settings (a naming strategy, a non-default inclusion, sorted
 * properties) cannot change its keys; it carries no Jackson annotation, as the annotations jar
 * depends on nothing.
 *
 * @param totalCount the number of records on all pages
 * @param currentPage the page answered, from 1
 * @param totalPages the number of pages
 */
public record PageTotals(long totalCount, long currentPage, long totalPages) {

  /**
   * The totals of page {@code page} of a result of {@code total} records in pages of {@code
   * perPage}: as many pages as the records fill, the last maybe part, none for no records.
   *
   * @param total the number of records on all pages, never negative
   * @param page the page answered, from 1; it may be past the last
   * @param perPage the most records a page holds, at least 1
   */
  public static PageTotals of(long total, long page, int perPage) {
    return new PageTotals(total, page, PageArithmetic.pages(total, perPage));
  }
}
