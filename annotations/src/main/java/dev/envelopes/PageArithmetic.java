package dev.envelopes;

/**
 * Where the pages around a page start, the same in every API: written as differences, which cannot
 * overflow near {@link Long#MAX_VALUE}. Generated paging code links to the pages it answers.
 */
public final class PageArithmetic {

  /** What the methods answer when there is no such page. */
  public static final long NONE = -1;

  private PageArithmetic() {}

  /**
   * Where the page after a page of {@code size} records from {@code offset} starts, in a result of
   * {@code total} records; {@link #NONE} when that page is the last.
   */
  public static long next(long offset, int size, long total) {
    if (size == 0 || offset >= total || total - offset <= size) {
      return NONE;
    }
    return offset + size;
  }

  /**
   * Where the next page of an offset paging starts, a page of {@code limit} records from {@code
   * offset} in a result of {@code total}; {@link #NONE} on the last page, or when its offset would
   * pass {@code maxOffset}, the largest the resource method takes.
   */
  public static long next(long offset, int limit, long total, long maxOffset) {
    if (offset < total && total - offset > limit && maxOffset - offset >= limit) {
      return offset + limit;
    }
    return NONE;
  }

  /**
   * Where the records just before a page of {@code limit} from {@code offset} start, in a result of
   * {@code total}: up to {@code limit} of them, ending where the page starts (or at the end of the
   * result, past it), so the two never overlap; {@link #NONE} on the first page.
   */
  public static long previous(long offset, int limit, long total) {
    long end = Math.min(offset, total);
    return end > 0 ? Math.max(0, end - limit) : NONE;
  }

  /**
   * How many records the previous page holds, the one {@link #previous} starts: from its start to
   * the page's, never more than {@code limit}.
   */
  public static int previousLimit(long offset, int limit, long total) {
    long end = Math.min(offset, total);
    return (int) (end - Math.max(0, end - limit));
  }

  /** How many pages of {@code perPage} records {@code total} records fill, the last maybe part. */
  public static long pages(long total, int perPage) {
    // Rounded up without adding first, which cannot overflow.
    return total / perPage + (total % perPage == 0 ? 0 : 1);
  }
}
