package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageLinksTest {

  /** A link that shows the offset and limit it was built for. */
  private static final PageLinks.OffsetLink LINK =
      (offset, limit) -> URI.create("/items?offset=" + offset + "&limit=" + limit);

  @Test
  void aMiddlePageLinksBothWays() {
    assertEquals(
        new PageLinks(
            URI.create("/items?offset=20&limit=10"), URI.create("/items?offset=0&limit=10")),
        PageLinks.around(10, 10, 45, Integer.MAX_VALUE, LINK));
  }

  @Test
  void theFirstPageHasNoPrevious() {
    assertEquals(
        new PageLinks(URI.create("/items?offset=10&limit=10"), null),
        PageLinks.around(0, 10, 45, Integer.MAX_VALUE, LINK));
  }

  @Test
  void theLastPageHasNoNext() {
    assertEquals(
        new PageLinks(null, URI.create("/items?offset=30&limit=10")),
        PageLinks.around(40, 10, 45, Integer.MAX_VALUE, LINK));
  }

  @Test
  void thePreviousPageNeverOverlapsAnOffsetBetweenPages() {
    assertEquals(
        new PageLinks(
            URI.create("/items?offset=15&limit=10"), URI.create("/items?offset=0&limit=5")),
        PageLinks.around(5, 10, 45, Integer.MAX_VALUE, LINK));
  }

  @Test
  void aPagePastTheEndLinksBackToTheLastRecords() {
    assertEquals(
        new PageLinks(null, URI.create("/items?offset=35&limit=10")),
        PageLinks.around(100, 10, 45, Integer.MAX_VALUE, LINK));
  }

  @Test
  void noNextWhereItsOffsetWouldPassTheParameter() {
    assertEquals(
        new PageLinks(null, URI.create("/items?offset=90&limit=10")),
        PageLinks.around(100, 10, 1_000, 105, LINK));
  }
}
