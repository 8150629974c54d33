package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LinkBaseTest {

  private static final UnaryOperator<String> NO_HEADERS = name -> null;

  private static final LinkBase CONFIGURED =
      LinkBase.of(Map.of(LinkBase.BASE_URI_PROPERTY, "https://api.example.com/v1")::get);

  private static final LinkBase TRUSTING =
      LinkBase.of(Map.of(LinkBase.TRUST_PROXY_HEADERS_PROPERTY, "true")::get);

  @Test
  void unconfiguredLinksAreRelativeToTheServersRoot() {
    assertEquals(
        "/projects?owner=a%20b&limit=2",
        LinkBase.UNCONFIGURED.link(
            URI.create("http://10.0.0.1:8080/projects?owner=a%20b&limit=2"), NO_HEADERS));
  }

  @Test
  void configuredBaseComesBeforeThePathAndNeverTheProxys() {
    assertEquals(
        "https://api.example.com/v1/projects/7",
        CONFIGURED.link(
            URI.create("http://localhost/projects/7"), header("X-Forwarded-Host", "evil.example")));
  }

  @Test
  void trustedProxyNamesTheOriginAndTheRequestsSchemeFillsIn() {
    assertEquals(
        "http://public.example:8443/projects",
        TRUSTING.link(
            URI.create("http://localhost/projects"),
            header("X-Forwarded-Host", "public.example:8443")));
    assertEquals(
        "https://public.example/api/projects",
        TRUSTING.link(
            "http",
            "/projects",
            header("Forwarded", "proto=HTTPS;host=public.example", "X-Forwarded-Prefix", "/api")));
  }

  @Test
  void pathThatStartsWithTwoSlashesIsNeverReadAsAnAuthority() {
    assertEquals(
        "/.//evil.example/x",
        LinkBase.UNCONFIGURED.link(URI.create("http://localhost//evil.example/x"), NO_HEADERS));
  }

  /** A framework that gives the path and query as text gets the link a URI of them gets. */
  @Test
  void pathAndQueryAsTextLinkAsTheirUriDoes() {
    String[][] requests = {
      {"http", "/projects?owner=%C3%A9&limit=2"},
      {"https", "/"},
      {"http", ""},
      {"http", "?a=b"},
      {"http", "//evil.example/x?a=b"},
      {"http", "/projects/a%2Fb"}
    };
    UnaryOperator<String> proxy = header("X-Forwarded-Host", "public.example");
    for (LinkBase base : new LinkBase[] {LinkBase.UNCONFIGURED, CONFIGURED, TRUSTING}) {
      for (String[] request : requests) {
        URI uri = URI.create(request[0] + "://localhost" + request[1]);
        assertEquals(
            base.link(uri, proxy), base.link(request[0], request[1], proxy), uri::toString);
      }
    }
  }

  private static UnaryOperator<String> header(String... namesAndValues) {
    return name -> {
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        if (namesAndValues[i].equalsIgnoreCase(name)) {
          return namesAndValues[i + 1];
        }
      }
      return null;
    };
  }
}
