package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageArithmeticTest {

  @Test
  void aFullPageBeforeTheEndHasANextPage() {
    assertEquals(20, PageArithmetic.next(0, 20, 45));
    assertEquals(40, PageArithmetic.next(20, 20, 45));
  }

  @Test
  void theLastOrAnEmptyPageHasNoNextPage() {
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(40, 5, 45));
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(0, 20, 20));
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(50, 0, 45));
  }

  @Test
  void nextCannotOverflowNearLongMaxValue() {
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(Long.MAX_VALUE - 1, 10, Long.MAX_VALUE));
    assertEquals(
        PageArithmetic.NONE,
        PageArithmetic.next(Long.MAX_VALUE - 30, 10, Long.MAX_VALUE, Long.MAX_VALUE - 35));
  }

  @Test
  void offsetPagingStopsWhereTheMethodsOffsetEnds() {
    assertEquals(20, PageArithmetic.next(0, 20, 100, 20));
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(0, 20, 100, 19));
    assertEquals(PageArithmetic.NONE, PageArithmetic.next(80, 20, 100, 1000));
  }

  @Test
  void prevLinkNeverOverlapsWhenOffsetIsSmallerThanLimit() {
    assertEquals(0, PageArithmetic.previous(5, 20, 100));
    assertEquals(5, PageArithmetic.previousLimit(5, 20, 100));
  }

  @Test
  void prevPastTheEndHoldsTheLastRecords() {
    assertEquals(30, PageArithmetic.previous(200, 20, 50));
    assertEquals(20, PageArithmetic.previousLimit(200, 20, 50));
  }

  @Test
  void theFirstPageHasNoPrevious() {
    assertEquals(PageArithmetic.NONE, PageArithmetic.previous(0, 20, 100));
    assertEquals(PageArithmetic.NONE, PageArithmetic.previous(10, 20, 0));
  }

  @Test
  void pagesRoundUpWithoutOverflow() {
    assertEquals(0, PageArithmetic.pages(0, 10));
    assertEquals(1, PageArithmetic.pages(10, 10));
    assertEquals(2, PageArithmetic.pages(11, 10));
    assertEquals(Long.MAX_VALUE / 2 + 1, PageArithmetic.pages(Long.MAX_VALUE, 2));
  }
}
