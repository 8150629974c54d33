package dev.envelopes.processor.convention;

/**
 * What the parameter that says where a page starts holds; each convention names its parameters in
 * {@link Convention#pagingParameters()}.
 */
public enum PagingScheme {

  /** Records to skip, from 0, and how many to answer at most. */
  OFFSET,

  /** A page number, from 1, and how many records a page holds at most. */
  PAGE,

  /**
   * An opaque {@code dev.envelopes.Cursor}, empty for the first page and signed with the
   * application's {@code CursorKey}, and how many records to answer at most.
   */
  CURSOR
}
