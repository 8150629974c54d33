package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * The checked page that a style's paging class keeps from its check for its answer, a private
 * record named {@code window}, the same in every binding.
 */
public final class PageWindows {

  private static final String BARE =
      """
      A checked page: where it starts and how many records it holds at most.

      @param offset the number of records before the page
      @param limit the largest number of records on the page
      """;

  private static final String STATUS =
      """
      A checked page: which one, and how many records a page holds at most.

      @param page the page, from 1
      @param perPage the largest number of records on a page
      """;

  private static final String VENDOR =
      """
      A checked page.

      @param cursor the number of records before the page
      @param limit the largest number of records on the page
      @param linked the query parameters its link repeats
      """;

  private PageWindows() {}

  /** The meta style's page, described first by {@code summary}. */
  public static TypeSpec meta(ClassName window, String summary) {
    return Members.privateRecord(
        window,
        summary
            + "@param offset the number of records before the page\n"
            + "@param limit the largest number of records on the page\n"
            + "@param maxOffset the largest offset the method accepts\n"
            + "@param linked the query parameters its links repeat\n",
        List.of(TypeName.LONG, TypeName.INT, TypeName.LONG, RuntimeTypes.LINK_QUERY),
        List.of("offset", "limit", "maxOffset", "linked"));
  }

  /** The bare style's page. */
  public static TypeSpec bare(ClassName window) {
    return startAndSize(window, BARE, "offset", "limit");
  }

  /** The status style's page. */
  public static TypeSpec status(ClassName window) {
    return startAndSize(window, STATUS, "page", "perPage");
  }

  /** The vendor style's page, whose link repeats its query parameters. */
  public static TypeSpec vendor(ClassName window) {
    return Members.privateRecord(
        window,
        VENDOR,
        List.of(TypeName.LONG, TypeName.INT, RuntimeTypes.LINK_QUERY),
        List.of("cursor", "limit", "linked"));
  }

  /**
   * The vendor style's page, with the key that signs its method's cursors: for a binding that looks
   * the key up per request rather than per method.
   */
  public static TypeSpec vendorWithKey(ClassName window, TypeName cursorKey) {
    return Members.privateRecord(
        window,
        VENDOR + "@param cursorKey the key of the method's cursors\n",
        List.of(TypeName.LONG, TypeName.INT, RuntimeTypes.LINK_QUERY, cursorKey),
        List.of("cursor", "limit", "linked", "cursorKey"));
  }

  /** A page that says where it starts ({@code start}) and how many records it holds at most. */
  private static TypeSpec startAndSize(ClassName window, String doc, String start, String size) {
    return Members.privateRecord(
        window, doc, List.of(TypeName.LONG, TypeName.INT), List.of(start, size));
  }
}
