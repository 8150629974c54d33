package dev.envelopes.glue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.PageLinks;
import dev.envelopes.PageTotals;
import dev.envelopes.sample.BarePaging;
import dev.envelopes.sample.MetaPaging;
import dev.envelopes.sample.PublicLinks;
import dev.envelopes.sample.StatusPaging;
import dev.envelopes.sample.VendorPaging;
import dev.envelopes.sample.security.HostilePagingParametersTest;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.PagingOracle;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the generated paging arithmetic near {@code Long.MAX_VALUE}, which the sample's
 * few records never reach: the generated {@code read} and {@code pagination}, {@code next} or
 * {@code link} of each style are called directly with offsets, limits, pages and totals up to the
 * largest long, {@value #CASES} times each, and compared with {@link PagingOracle}, which computes
 * in {@code BigInteger}: offset + limit, page × per_page, and the last page of a huge total.
 *
 * <p>Not part of the HTTP suite, which cannot reach such totals: each sample would need a resource
 * that invents them, and 40,000 requests. {@link HostilePagingParametersTest} sends hostile paging
 * parameters over HTTP on every runtime; this test covers the arithmetic beyond the sample's data
 * once, on the classes every Jakarta REST runtime shares (see {@code package-info}).
 */
class PagingArithmeticTest {

  static final int CASES = 10_000;

  private static final String BASE = "http://localhost/";

  /** Ends every failure message, so that the run can be replayed. */
  private static final String REPLAY =
      ", in the run with -Denvelopes.seed=" + HostilePagingParametersTest.SEED;

  @Test
  void metaLinksNeverOverflow() {
    SplittableRandom random = random("meta");
    for (int i = 0; i < CASES; i++) {
      long maxOffset = random.nextBoolean() ? Long.MAX_VALUE : Integer.MAX_VALUE;
      long offset = huge(random, maxOffset);
      int limit = 1 + random.nextInt(100);
      long total = huge(random, Long.MAX_VALUE);
      ContainerRequestContext request =
          request("items?offset=" + offset + "&limit=" + limit).context();
      MetaPaging.read(request, maxOffset, 25, 100, LinkQuery.declared(Set.of("offset", "limit")));

      PageLinks pagination = MetaPaging.pagination(request, total);

      String what = "offset " + offset + ", limit " + limit + ", total " + total;
      Long next = PagingOracle.next(offset, limit, total, maxOffset);
      assertEquals(
          next == null ? null : metaLink(next, limit),
          pagination.next(),
          () -> "next of " + what + REPLAY);
      long[] prev = PagingOracle.previous(offset, limit, total);
      assertEquals(
          prev == null ? null : metaLink(prev[0], prev[1]),
          pagination.prev(),
          () -> "prev of " + what + REPLAY);
    }
  }

  @Test
  void statusTotalPagesOfAHugeTotalNeverOverflow() {
    SplittableRandom random = random("status");
    for (int i = 0; i < CASES; i++) {
      long page = 1 + huge(random, Long.MAX_VALUE - 1);
      int perPage = 1 + random.nextInt(random.nextBoolean() ? 20 : Integer.MAX_VALUE - 1);
      long total = huge(random, Long.MAX_VALUE);
      ContainerRequestContext request =
          request("items?page=" + page + "&per_page=" + perPage).context();
      StatusPaging.read(request, Long.MAX_VALUE, 2, Integer.MAX_VALUE);

      PageTotals pagination = StatusPaging.pagination(request, total);

      assertEquals(
          new PageTotals(total, page, PagingOracle.totalPages(total, perPage)),
          pagination,
          () -> "page " + page + " of " + perPage + ", total " + total + REPLAY);
    }
  }

  @Test
  void bareNextCursorNeverOverflows() {
    SplittableRandom random = random("bare");
    for (int i = 0; i < CASES; i++) {
      long offset = huge(random, Long.MAX_VALUE);
      int limit = 1 + random.nextInt(50);
      long total = huge(random, Long.MAX_VALUE);
      int size = PagingOracle.size(offset, limit, total);
      FakeRequest request = request("items?cursor=" + Cursors.signed(offset) + "&limit=" + limit);
      BarePaging.read(request.context(), 2, 50, Cursors.API_KEY);

      String next = BarePaging.next(request.context(), size, total, Cursors.API_KEY);

      Long expected = size == 0 ? null : PagingOracle.next(offset, size, total, Long.MAX_VALUE);
      assertEquals(
          expected == null ? null : Cursors.signed(expected),
          next,
          () -> "offset " + offset + ", " + size + " records, total " + total + REPLAY);
      assertNull(request.aborted(), "the request was taken");
    }
  }

  @Test
  void vendorNextLinkNeverOverflows() {
    SplittableRandom random = random("vendor");
    for (int i = 0; i < CASES; i++) {
      // Offsets near Integer.MAX_VALUE too, where arithmetic in int would overflow.
      long cursor = huge(random, random.nextBoolean() ? Long.MAX_VALUE : Integer.MAX_VALUE);
      int limit = 1 + random.nextInt(50);
      long total = huge(random, Long.MAX_VALUE);
      int size = PagingOracle.size(cursor, limit, total);
      FakeRequest request = request("items?cursor=" + Cursors.signed(cursor) + "&limit=" + limit);
      VendorPaging.read(
          request.context(),
          2,
          50,
          Cursors.API_KEY,
          LinkQuery.declared(Set.of("cursor", "limit")));

      VendorPaging.link(
          request.context(), request.response(), size, total, Cursors.API_KEY);

      Long next = size == 0 ? null : PagingOracle.next(cursor, size, total, Long.MAX_VALUE);
      assertEquals(
          next == null
              ? List.of()
              : List.of(
                  "</items?cursor=" + Cursors.signed(next) + "&limit=" + limit + ">; rel=\"next\""),
          request.responseHeaders().getOrDefault(HttpHeaders.LINK, List.of()),
          () -> "cursor " + cursor + ", " + size + " records, total " + total + REPLAY);
      assertNull(request.aborted(), "the request was taken");
    }
  }

  /**
   * A number from 0 to {@code max}: a third of them within a hundred of {@code max}, a third within
   * a hundred of 0, the rest anywhere.
   */
  private static long huge(SplittableRandom random, long max) {
    return switch (random.nextInt(3)) {
      case 0 -> max - random.nextLong(Math.min(100, max) + 1);
      case 1 -> random.nextLong(Math.min(100, max) + 1);
      default ->
          max == Long.MAX_VALUE
              ? random.nextLong(max) + random.nextInt(2)
              : random.nextLong(max + 1);
    };
  }

  private static SplittableRandom random(String family) {
    return new SplittableRandom(HostilePagingParametersTest.SEED ^ family.hashCode());
  }

  /** A request as the API's filters hand it on: with the link base of an unconfigured API. */
  private static FakeRequest request(String pathAndQuery) {
    FakeRequest request = new FakeRequest(URI.create(BASE + pathAndQuery));
    new PublicLinks(LinkBase.of(property -> null)).filter(request.context());
    return request;
  }

  private static URI metaLink(long offset, long limit) {
    return URI.create("/items?offset=" + offset + "&limit=" + limit);
  }
}
