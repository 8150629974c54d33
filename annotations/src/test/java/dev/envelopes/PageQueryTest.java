package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageQueryTest {

  private static final CursorKey KEY = CursorKey.forEndpoint(name -> null, "Contacts.list");

  @Test
  void anAbsentOrEmptyNumberTakesTheFallback() {
    assertEquals(20, PageQuery.number(null, 20, 1, 100));
    assertEquals(20, PageQuery.number(List.of(), 20, 1, 100));
    assertEquals(20, PageQuery.number(List.of(""), 20, 1, 100));
  }

  @Test
  void aPlainNumberInRangeIsRead() {
    assertEquals(7, PageQuery.number(List.of("7"), 20, 1, 100));
    assertEquals(100, PageQuery.number(List.of("100"), 20, 1, 100));
    assertEquals(0, PageQuery.number(List.of("0"), 20, 0, 100));
  }

  @Test
  void aNumberOutOfRangeIsRefused() {
    assertEquals(PageQuery.INVALID, PageQuery.number(List.of("0"), 20, 1, 100));
    assertEquals(PageQuery.INVALID, PageQuery.number(List.of("101"), 20, 1, 100));
  }

  @Test
  void onlyAsciiDigitsGivenOnceAreANumber() {
    for (String refused : List.of("+5", "-5", "5.0", " 5", "٥", "1e3", "abc")) {
      assertEquals(PageQuery.INVALID, PageQuery.number(List.of(refused), 20, 0, 100), refused);
    }
    assertEquals(PageQuery.INVALID, PageQuery.number(List.of("5", "5"), 20, 0, 100));
  }

  @Test
  void numbersPastLongMaxValueAreRefusedNotWrapped() {
    assertEquals(
        PageQuery.INVALID, PageQuery.number(List.of("9223372036854775808"), 0, 0, Long.MAX_VALUE));
    assertEquals(
        PageQuery.INVALID, PageQuery.number(List.of("12345678901234567890"), 0, 0, Long.MAX_VALUE));
    assertEquals(
        Long.MAX_VALUE, PageQuery.number(List.of("9223372036854775807"), 0, 0, Long.MAX_VALUE));
  }

  @Test
  void anAbsentCursorIsTheFirstPage() {
    assertEquals(Cursor.FIRST, PageQuery.cursor(KEY, Map.of(), Map.of()));
    assertEquals(Cursor.FIRST, PageQuery.cursor(KEY, Map.of(), Map.of("cursor", List.of())));
  }

  @Test
  void aCursorTheKeySealedOpensForTheSameFilters() {
    Map<String, List<String>> filters = Map.of("q", List.of("ada"));
    String sealed = KEY.seal(new Cursor(40), Map.of(), filters);
    Map<String, List<String>> query = Map.of("q", List.of("ada"), "cursor", List.of(sealed));
    assertEquals(new Cursor(40), PageQuery.cursor(KEY, Map.of(), query));
  }

  @Test
  void aCursorGivenTwiceForgedOrForOtherFiltersIsRefused() {
    String sealed = KEY.seal(new Cursor(40), Map.of(), Map.of("q", List.of("ada")));
    assertNull(PageQuery.cursor(KEY, Map.of(), Map.of("cursor", List.of(sealed, sealed))));
    assertNull(PageQuery.cursor(KEY, Map.of(), Map.of("cursor", List.of("not-a-cursor"))));
    assertNull(
        PageQuery.cursor(KEY, Map.of(), Map.of("q", List.of("bob"), "cursor", List.of(sealed))));
  }

  @Test
  void theNextCursorOpensAtTheNextPageAndTheLastPageHasNone() {
    Map<String, List<String>> filters = Map.of("q", List.of("ada"));
    String next = KEY.sealNext(20, 20, 45, Map.of(), filters);
    Map<String, List<String>> query = Map.of("q", List.of("ada"), "cursor", List.of(next));
    assertEquals(new Cursor(40), PageQuery.cursor(KEY, Map.of(), query));
    assertNull(KEY.sealNext(40, 5, 45, Map.of(), filters));
  }

  private static final Set<String> PAGING = Set.of("offset", "limit");

  @Test
  void anEmptyPagingParameterGivenOnceIsDroppedWhereverItIs() {
    assertEquals(
        URI.create("http://localhost/items?owner=ada&limit=5"),
        PageQuery.withoutEmpty(
            URI.create("http://localhost/items?owner=ada&offset=&limit=5"), PAGING));
    assertEquals(
        URI.create("http://localhost/items?owner=ada"),
        PageQuery.withoutEmpty(
            URI.create("http://localhost/items?offset&owner=ada&limit="), PAGING));
    assertEquals(
        URI.create("http://localhost/items"),
        PageQuery.withoutEmpty(URI.create("http://localhost/items?%6Cimit=&offset="), PAGING));
  }

  @Test
  void aRequestWithoutAnEmptyPagingParameterIsKeptAsItIs() {
    for (String uri :
        List.of(
            "http://localhost/items",
            "http://localhost/items?offset=0&limit=5",
            "http://localhost/items?owner=&x=1",
            "http://localhost/items?limit=&limit=5",
            "http://localhost/items?limit=&limit=",
            "http://localhost/items?l%69mit=1&x=")) {
      URI request = URI.create(uri);
      assertSame(request, PageQuery.withoutEmpty(request, PAGING), uri);
    }
  }

  @Test
  void aParsedQueryLosesThePagingParametersItGivesOnceEmptyAndNothingElse() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("owner", new ArrayList<>(List.of("")));
    query.put("offset", new ArrayList<>(List.of("")));
    query.put("limit", new ArrayList<>(List.of("", "")));
    query.put("x", new ArrayList<>(List.of("1")));

    assertSame(query, PageQuery.withoutEmpty(query, PAGING));
    assertEquals(List.of("owner", "limit", "x"), List.copyOf(query.keySet()));
    assertEquals(List.of("", ""), query.get("limit"));
  }
}
