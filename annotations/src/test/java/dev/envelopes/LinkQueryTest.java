package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkQueryTest {

  private static final LinkQuery OWNER_AND_SORT = LinkQuery.declared(Set.of("owner", "sort"));

  @Test
  void declaredParametersAreRepeatedAsSentInTheRequestsOrderThenThePagingOnes() {
    assertEquals(
        "/projects?sort=name&owner=a%20b%2Bc&owner=%C3%A9&offset=1&limit=1",
        OWNER_AND_SORT.link(
            "/projects",
            "sort=name&x=1&owner=a%20b%2Bc&offset=0&owner=%C3%A9&limit=1",
            "offset",
            1,
            "limit",
            1));
  }

  @Test
  void everyParameterIsRepeatedWhenTheDeclaredOnesAreNotKnown() {
    assertEquals(
        "/lists?workspace_id=52&x=1&cursor=a%2Bb&limit=2",
        LinkQuery.everyParameter()
            .link("/lists", "workspace_id=52&cursor=old&x=1", "cursor", "a+b", "limit", 2));
  }

  @Test
  void requestWithoutAQueryGetsOnlyThePagingParameters() {
    assertEquals(
        "/projects?offset=25&limit=25",
        OWNER_AND_SORT.link("/projects", null, "offset", 25, "limit", 25));
  }

  /** A framework that gives the query as text gets the link and the bound a URI of it gets. */
  @Test
  void queryAsTextLinksAndIsBoundAsItsUriIs() {
    String huge = "o".repeat(LinkQuery.MAX_LENGTH);
    for (String query :
        new String[] {null, "", "owner=a&&sort=b", "own%65r=a&sort=", "owner=" + huge}) {
      URI request = URI.create("http://localhost/projects" + (query == null ? "" : "?" + query));
      assertEquals(
          request.getScheme()
              + "://localhost"
              + OWNER_AND_SORT.link("/projects", query, "offset", 2, "limit", 1),
          OWNER_AND_SORT.link(request, "offset", 2, "limit", 1).toString(),
          String.valueOf(query));
      assertEquals(
          OWNER_AND_SORT.tooLong(request, "offset", "limit"),
          OWNER_AND_SORT.tooLong(query, "offset", "limit"),
          String.valueOf(query));
    }
    assertEquals(Optional.of("owner"), OWNER_AND_SORT.tooLong("owner=" + huge, "offset", "limit"));
  }

  /**
   * The new paging values are percent-encoded exactly as {@link URLEncoder} encodes them, whether
   * or not a character needs it: each ASCII character and a few beyond, at each end of a value.
   */
  @Test
  void pagingValuesAreEncodedAsUrlEncoderEncodesThem() {
    StringBuilder characters = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      characters.append(c);
    }
    characters.append("\u00e9\u20ac\ud83d\ude00");
    for (int codePoint : characters.codePoints().toArray()) {
      String c = Character.toString(codePoint);
      for (String value : new String[] {c, "a" + c, c + "9", "cursor" + c + "Z_"}) {
        assertEquals(
            "/lists?cursor="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "&limit="
                + URLEncoder.encode(c, StandardCharsets.UTF_8),
            LinkQuery.everyParameter().link("/lists", null, "cursor", value, "limit", c),
            value);
      }
    }
  }
}
