package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTotalsTest {

  @Test
  void countsTheLastPartPageAsAPage() {
    assertEquals(new PageTotals(45, 2, 3), PageTotals.of(45, 2, 20));
    assertEquals(new PageTotals(40, 1, 2), PageTotals.of(40, 1, 20));
  }

  @Test
  void noRecordsFillNoPages() {
    assertEquals(new PageTotals(0, 1, 0), PageTotals.of(0, 1, 20));
  }

  @Test
  void keepsAPagePastTheLast() {
    assertEquals(new PageTotals(5, 9, 1), PageTotals.of(5, 9, 20));
  }

  @Test
  void totalPagesCannotOverflowNearLongMaxValue() {
    assertEquals(
        new PageTotals(Long.MAX_VALUE, 1, Long.MAX_VALUE / 2 + 1),
        PageTotals.of(Long.MAX_VALUE, 1, 2));
    assertEquals(
        new PageTotals(Long.MAX_VALUE, 1, Long.MAX_VALUE), PageTotals.of(Long.MAX_VALUE, 1, 1));
  }
}
