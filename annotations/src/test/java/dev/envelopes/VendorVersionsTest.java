package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VendorVersionsTest {

  private static final Pattern FLOW = VendorVersions.mediaType("flow");

  @Test
  void aVersionSegmentIsTakenOffThePath() {
    assertEquals(
        new VendorVersions.VersionedPath("2", "contacts/7"),
        VendorVersions.versionedPath("v2/contacts/7"));
    assertEquals(new VendorVersions.VersionedPath("3", ""), VendorVersions.versionedPath("v3"));
  }

  @Test
  void theVersionIsReadFromThePathRelativeToTheBaseWithOrWithoutItsSlash() {
    assertEquals(
        new VendorVersions.VersionedPath("2", "lists"),
        VendorVersions.versionedPath(
            URI.create("http://localhost:8080/"),
            URI.create("http://localhost:8080/v2/lists?x=1")));
    assertEquals(
        new VendorVersions.VersionedPath("3", "lists/7"),
        VendorVersions.versionedPath(
            URI.create("http://localhost/api"), URI.create("http://localhost/api/v3/lists/7")));
    assertEquals(
        new VendorVersions.VersionedPath("2", "a%20b"),
        VendorVersions.versionedPath(
            URI.create("http://localhost/api/"), URI.create("http://localhost/api/v2/a%20b")));
  }

  @Test
  void aRequestOutsideTheBaseOrWithoutAVersionNamesNone() {
    assertNull(
        VendorVersions.versionedPath(
            URI.create("http://localhost/api/"), URI.create("http://localhost/other/v2/lists")));
    assertNull(
        VendorVersions.versionedPath(
            URI.create("http://localhost/"), URI.create("http://localhost/lists/v2")));
  }

  @Test
  void aPathWithoutAVersionSegmentNamesNone() {
    assertNull(VendorVersions.versionedPath("contacts"));
    assertNull(VendorVersions.versionedPath("v2contacts"));
    assertNull(VendorVersions.versionedPath("v1234567890/contacts"));
    assertNull(VendorVersions.versionedPath("v"));
    assertNull(VendorVersions.versionedPath("v/contacts"));
    assertNull(VendorVersions.versionedPath("V2/contacts"));
    assertNull(VendorVersions.versionedPath("/v2/contacts"));
    assertNull(VendorVersions.versionedPath("v\u0662/contacts"));
    assertNull(VendorVersions.versionedPath(""));
  }

  @Test
  void aVersionHasOneToNineDigitsAndItsRestMayBeEmpty() {
    assertEquals(
        new VendorVersions.VersionedPath("123456789", "contacts"),
        VendorVersions.versionedPath("v123456789/contacts"));
    assertEquals(new VendorVersions.VersionedPath("0", ""), VendorVersions.versionedPath("v0/"));
    assertEquals(
        new VendorVersions.VersionedPath("2", "a//b/"), VendorVersions.versionedPath("v2/a//b/"));
  }

  @Test
  void aRestWithALineTerminatorNamesNone() {
    for (String terminator : new String[] {"\n", "\r", "\u0085", "\u2028", "\u2029"}) {
      assertNull(VendorVersions.versionedPath("v2/a" + terminator + "b"), terminator);
    }
  }

  @Test
  void thisVersionsTypeIsAnsweredAsJsonAndOtherTypesAreKept() {
    VendorVersions.Accept accept =
        VendorVersions.accept(
            List.of("text/html, APPLICATION/VND.FLOW.V2+JSON; q=0.9", "*/*"), FLOW, "2");
    assertEquals("text/html, application/json, */*", accept.rewritten());
    assertNull(accept.refusedVersion());
  }

  @Test
  void onlyOtherVersionsNamedIsARefusal() {
    assertEquals(
        "1",
        VendorVersions.accept(List.of("application/vnd.flow.v1+json"), FLOW, "2").refusedVersion());
    assertNull(
        VendorVersions.accept(
                List.of("application/vnd.flow.v1+json, application/vnd.flow.v2+json"), FLOW, "2")
            .refusedVersion());
  }

  @Test
  void anotherVendorsTypeIsNotThisVendors() {
    VendorVersions.Accept accept =
        VendorVersions.accept(List.of("application/vnd.flowx.v1+json"), FLOW, "2");
    assertEquals("application/vnd.flowx.v1+json", accept.rewritten());
    assertNull(accept.refusedVersion());
  }

  @Test
  void aVendorNameIsMatchedLiterallyNotAsAPattern() {
    Pattern dotted = VendorVersions.mediaType("a.b");
    assertEquals(
        "application/vnd.aXb.v1+json",
        VendorVersions.accept(List.of("application/vnd.aXb.v1+json"), dotted, "1").rewritten());
  }
}
