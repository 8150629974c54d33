package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.envelopes.LinkBase;
import dev.envelopes.sample.support.LinkedAnswer;
import dev.envelopes.sample.support.RawHttp;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the operator configures decides where links point: {@value LinkBase#BASE_URI_PROPERTY}
 * wins over every header, and the proxy headers ({@code Forwarded}, {@code X-Forwarded-*}) count
 * only with {@value LinkBase#TRUST_PROXY_HEADERS_PROPERTY}, and only when they hold a plain scheme,
 * host and path.
 */
class ProxyHeaderLinksTest {

  private static final String EVIL = "evil.example";

  /** Every proxy header, each naming the attacker's host. */
  private static final String[] HOSTILE_HEADERS = {
    "Host",
    EVIL,
    "Forwarded",
    "proto=http;host=" + EVIL,
    "X-Forwarded-Proto",
    "http",
    "X-Forwarded-Host",
    EVIL,
    "X-Forwarded-Prefix",
    "/evil"
  };

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void configuredBaseUriWinsOverHostAndEveryProxyHeader(LinkedAnswer answer) {
    try (SampleApi api =
        SampleApi.start(
            Map.of(
                LinkBase.BASE_URI_PROPERTY, "https://api.example.com/shop/",
                LinkBase.TRUST_PROXY_HEADERS_PROPERTY, "true"))) {
      assertEquals(
          "https://api.example.com/shop" + answer.link,
          answer.linkOf(answer.send(api, HOSTILE_HEADERS)));
    }
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void trustedForwardedHeaderGivesTheSchemeAndHostOfItsFirstElement(LinkedAnswer answer) {
    try (SampleApi api = trustingProxies()) {
      RawHttp.Answer sent =
          answer.send(
              api,
              "Host",
              "10.0.0.5:8080",
              "Forwarded",
              "for=192.0.2.60;proto=https;host=\"api.example.com\", for=10.0.0.1;host=" + EVIL,
              "X-Forwarded-Host",
              EVIL);

      assertEquals("https://api.example.com" + answer.link, answer.linkOf(sent));
    }
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void trustedXForwardedHeadersGiveSchemeHostAndPrefix(LinkedAnswer answer) {
    try (SampleApi api = trustingProxies()) {
      RawHttp.Answer sent =
          answer.send(
              api,
              "Host",
              "10.0.0.5:8080",
              "X-Forwarded-Proto",
              "https",
              "X-Forwarded-Host",
              "api.example.com, " + EVIL,
              "X-Forwarded-Prefix",
              "/shop");

      assertEquals("https://api.example.com/shop" + answer.link, answer.linkOf(sent));
    }
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void trustedProxyHeadersThatAreNoPlainHostOrPathAreIgnored(LinkedAnswer answer) {
    try (SampleApi api = trustingProxies()) {
      RawHttp.Answer sent =
          answer.send(
              api,
              "Host",
              EVIL,
              "X-Forwarded-Proto",
              "javascript",
              "X-Forwarded-Host",
              EVIL + "/x@other.example",
              "X-Forwarded-Prefix",
              "//" + EVIL);

      assertEquals(answer.link, answer.linkOf(sent));
    }
  }

  @ParameterizedTest
  @EnumSource(LinkedAnswer.class)
  void trustedProxyWithoutForwardedHostGivesARelativeLink(LinkedAnswer answer) {
    try (SampleApi api = trustingProxies()) {
      RawHttp.Answer sent = answer.send(api, "Host", EVIL, "X-Forwarded-Proto", "https");

      assertEquals(answer.link, answer.linkOf(sent));
    }
  }

  @ParameterizedTest(name = "base URI \"{0}\"")
  @ValueSource(
      strings = {
        "api.example.com",
        "/shop",
        "ftp://api.example.com",
        "https://user@api.example.com",
        "https://api.example.com/?x=1",
        "https://api.example.com/#top",
        "not a uri"
      })
  void baseUriThatIsNoHttpOriginStopsTheApplicationAtStartup(String baseUri) {
    Exception refused =
        assertThrows(Exception.class, () -> start(Map.of(LinkBase.BASE_URI_PROPERTY, baseUri)));

    assertTrue(
        CursorKeyConfigurationTest.messages(refused).contains(LinkBase.BASE_URI_PROPERTY + " must"),
        () -> CursorKeyConfigurationTest.messages(refused));
  }

  @Test
  void trustThatIsNeitherTrueNorFalseStopsTheApplicationAtStartup() {
    Exception refused =
        assertThrows(
            Exception.class, () -> start(Map.of(LinkBase.TRUST_PROXY_HEADERS_PROPERTY, "yes")));

    assertTrue(
        CursorKeyConfigurationTest.messages(refused)
            .contains(LinkBase.TRUST_PROXY_HEADERS_PROPERTY + " must be true or false"),
        () -> CursorKeyConfigurationTest.messages(refused));
  }

  private static SampleApi trustingProxies() {
    return SampleApi.start(Map.of(LinkBase.TRUST_PROXY_HEADERS_PROPERTY, true));
  }

  private static void start(Map<String, Object> properties) {
    SampleRuntime.current()
        .serve(SampleRuntime.Setup.standard().withCursorKey(null).withProperties(properties))
        .close();
  }
}
