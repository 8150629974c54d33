package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.envelopes.sample.support.LinkedAnswer;
import dev.envelopes.sample.support.RawHttp;
import dev.envelopes.sample.support.SampleApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Without a configured base URI or trusted proxy, no request can choose the authority of a link:
 * every link (meta {@code pagination} and {@code Location}, status {@code Location}, vendor {@code
 * Link} and {@code Location}) is relative to the server's root, whatever {@code Host} or proxy
 * header the client sends.
 */
class HostHeaderLinksTest {

  private static final String EVIL = "evil.example";

  private SampleApi api;

  @BeforeEach
  void start() {
    api = SampleApi.start();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void hostileHostHeaderGivesALinkRelativeToTheServerRoot(LinkedAnswer answer) {
    assertEquals(answer.link, answer.linkOf(answer.send(api, "Host", EVIL)));
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void hostileHostHeaderWithAPortGivesALinkRelativeToTheServerRoot(LinkedAnswer answer) {
    assertEquals(answer.link, answer.linkOf(answer.send(api, "Host", EVIL + ":443")));
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void proxyHeadersThatNoOneTrustedAreIgnored(LinkedAnswer answer) {
    RawHttp.Answer sent =
        answer.send(
            api,
            "Host",
            EVIL,
            "Forwarded",
            "for=192.0.2.60;proto=https;host=" + EVIL,
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Host",
            EVIL,
            "X-Forwarded-Prefix",
            "/evil");

    assertEquals(answer.link, answer.linkOf(sent));
  }

  @Test
  void bareStyleAnswersNoLinkAndNothingOfTheHost() {
    RawHttp.Answer created =
        RawHttp.send(
            api.base(),
            "POST",
            "/contacts",
            "{\"fullName\": \"Zed\", \"email\": \"z@example.com\"}",
            "Host",
            EVIL);

    assertEquals(200, created.status(), created::toString);
    assertEquals(List.of(), created.header("Location"), created::toString);
    assertFalse(created.toString().contains(EVIL), created::toString);
  }
}
