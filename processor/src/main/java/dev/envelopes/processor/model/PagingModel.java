package dev.envelopes.processor.model;

/**
 * The {@code @Paginated} annotation of a method.
 *
 * @param maxLimit the largest page size a client may ask for
 * @param maxOffset the largest offset a client may ask for
 * @param origin the annotation
 */
public record PagingModel(int maxLimit, long maxOffset, Origin origin) {

  /** Whether the annotation gives a {@code maxOffset} other than the default, no bound. */
  public boolean boundsOffset() {
    return maxOffset != Long.MAX_VALUE;
  }
}
