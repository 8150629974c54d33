package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void aPlainTokenIsKept() {
    assertEquals("abc-123_x.y", RequestIds.of("abc-123_x.y"));
    assertEquals("AZaz09._-", RequestIds.of("AZaz09._-"));
    assertEquals("-", RequestIds.of("-"));
    assertEquals("a".repeat(128), RequestIds.of("a".repeat(128)));
  }

  @Test
  void anythingElseIsReplacedByARandomUuid() {
    for (String sent :
        new String[] {
          null,
          "",
          "a b",
          "<script>",
          "a\r\nSet-Cookie: x",
          "a".repeat(129),
          // Each character next to the ranges a token may hold, and letters and digits beyond
          // ASCII.
          "a/b",
          "a:b",
          "a@b",
          "a[b",
          "a`b",
          "a{b",
          "a+b",
          "a,b",
          "\u00e9",
          "\u0661",
          "\uff21"
        }) {
      String id = RequestIds.of(sent);
      assertNotEquals(sent, id);
      assertDoesNotThrow(() -> UUID.fromString(id));
    }
  }
}
