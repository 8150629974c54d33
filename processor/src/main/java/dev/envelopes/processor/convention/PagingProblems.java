package dev.envelopes.processor.convention;

/**
 * What each convention says of a paging parameter a request gave wrong, after the parameter's
 * name: the same rules in the answers every binding renders and in the API's documents.
 */
public final class PagingProblems {

  /** A cursor that is not one an earlier answer gave. */
  public static final String CURSOR = "must be given at most once, as the cursor of an earlier answer";

  /** A count (a limit, a page, a page size) outside 1 and its largest, which follows. */
  public static final String FROM_ONE = "must be given at most once, as a whole number from 1 to ";

  /** The meta envelope's offset outside 0 and its largest, which follows. */
  public static final String META_OFFSET = "must be given once, as a whole number from 0 to ";

  /** The meta envelope's limit outside 1 and its largest, which follows. */
  public static final String META_LIMIT = "must be given once, as a whole number from 1 to ";

  private PagingProblems() {}
}
