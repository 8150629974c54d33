package dev.envelopes;

import java.net.URI;

/**
 * The {@code pagination} of a paged answer in the {@link Style#META} style: absolute links to the
 * pages around the one answered, written as {@code {"next": ..., "prev": ...}}, both keys always
 * there, {@code null} where there is no such page.
 *
 * <p>The generated paging code builds it with {@link #around} and the answer's record holds it. The
 * generated serializers write it key by key with Jackson's streaming API, never through databind,
 * so an {@code ObjectMapper}'s settings (a naming strategy, a non-default inclusion such as {@code
 * NON_NULL}, sorted properties) cannot change its keys; it carries no Jackson annotation, as the
 * annotations jar depends on nothing.
 *
 * @param next the page after this one, or {@code null} on the last page
 * @param prev the records just before this page, never overlapping it, or {@code null} on the first
 *     page
 */
public record PageLinks(URI next, URI prev) {

  /** The link to the records from {@code offset}, at most {@code limit} of them. */
  @FunctionalInterface
  public interface OffsetLink {

    /**
     * The absolute link to the records from {@code offset}, at most {@code limit} of them.
     *
     * @param offset the first record's offset, from 0
     * @param limit the most records the linked page holds
     * @return the link, as the framework builds it from the request
     */
    URI to(long offset, int limit);
  }

  /**
   * The links around the page of {@code limit} records from {@code offset} in a result of {@code
   * total}: {@code next} unless the page is the last or the next offset would pass {@code
   * maxOffset}; {@code prev} unless the page is the first, ending where this page starts (as {@link
   * PageArithmetic#previous} and {@link PageArithmetic#previousLimit} say).
   *
   * @param offset the page's first record, from 0
   * @param limit the most records the page holds, at least 1
   * @param total the number of records on all pages
   * @param maxOffset the largest offset the method's parameter can take
   * @param link builds each link from its offset and limit
   * @return the two links, either {@code null} where there is no such page
   */
  public static PageLinks around(
      long offset, int limit, long total, long maxOffset, OffsetLink link) {
    long nextOffset = PageArithmetic.next(offset, limit, total, maxOffset);
    long prevOffset = PageArithmetic.previous(offset, limit, total);
    return new PageLinks(
        nextOffset == PageArithmetic.NONE ? null : link.to(nextOffset, limit),
        prevOffset == PageArithmetic.NONE
            ? null
            : link.to(prevOffset, PageArithmetic.previousLimit(offset, limit, total)));
  }
}
