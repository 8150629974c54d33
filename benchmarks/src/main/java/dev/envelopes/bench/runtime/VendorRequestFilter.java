package dev.envelopes.bench.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The vendor API's rules for each of its requests, written the usual runtime way, as one API-wide
 * filter that looks at the path: the request's id (the client's {@code X-Request-Id} when it is a
 * plain token, else a new UUID), echoed on the response; the API version named by a {@code /v2}
 * path prefix, which is taken off, or by the vendor media type in {@code Accept}, which is answered
 * as JSON. Another version is refused: 404 in the path, 406 in {@code Accept}.
 */
@PreMatching
public final class VendorRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The request property that holds the URI as the client sent it, version prefix included. */
  public static final String SENT_URI = VendorRequestFilter.class.getName() + ".sentUri";

  static final String REQUEST_ID = "X-Request-Id";

  /** The request property that marks a request of the vendor API. */
  private static final String VENDOR = VendorRequestFilter.class.getName() + ".vendor";

  /** The paths of the vendor API's resources, after a version prefix: the lists. */
  private static final Pattern VENDOR_PATH = Pattern.compile("/?lists(/.*)?");

  private static final String VERSION = "2";
  private static final String VENDOR_TYPE = "application/vnd.flow.v";

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(false);
    String version = version(path);
    String unversioned = version == null ? path : path.substring(1 + version.length());
    if (!VENDOR_PATH.matcher(unversioned).matches()) {
      return; // a request of another style's resource is not the vendor API's
    }
    request.setProperty(VENDOR, true);
    String id = VendorResponseFilter.requestId(request.getHeaderString(REQUEST_ID));
    replace(request, REQUEST_ID, id);
    if (version != null) {
      if (!version.equals(VERSION)) {
        request.abortWith(unsupported(id, 404, version));
        return;
      }
      URI sent = request.getUriInfo().getRequestUri();
      request.setProperty(SENT_URI, sent);
      String rest = path.substring(1 + version.length());
      rest = rest.startsWith("/") ? rest.substring(1) : rest;
      String query = sent.getRawQuery() == null ? "" : "?" + sent.getRawQuery();
      request.setRequestUri(URI.create(request.getUriInfo().getBaseUri() + rest + query));
    }
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept == null) {
      return;
    }
    List<String> types = new ArrayList<>();
    String other = null;
    boolean ours = false;
    for (String type : accept.split(",")) {
      String vendorVersion = vendorVersion(type);
      if (vendorVersion == null) {
        types.add(type.trim());
      } else if (vendorVersion.equals(VERSION)) {
        types.add(MediaType.APPLICATION_JSON);
        ours = true;
      } else {
        other = vendorVersion;
      }
    }
    if (other != null && !ours) {
      request.abortWith(unsupported(id, 406, other));
      return;
    }
    replace(request, HttpHeaders.ACCEPT, String.join(", ", types));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(VENDOR) != null) {
      response.getHeaders().putSingle(REQUEST_ID, request.getHeaderString(REQUEST_ID));
    }
  }

  /** Sets a request header: the values the container read are unmodifiable, so replaced. */
  private static void replace(ContainerRequestContext request, String name, String value) {
    request.getHeaders().remove(name);
    request.getHeaders().add(name, value);
  }

  /** The version a path's first segment names, such as {@code 2} for {@code v2/lists}, or null. */
  private static String version(String path) {
    int end = path.indexOf('/');
    String first = end < 0 ? path : path.substring(0, end);
    return first.length() > 1 && first.charAt(0) == 'v' && digits(first.substring(1))
        ? first.substring(1)
        : null;
  }

  /** The version of a vendor media type such as {@code application/vnd.flow.v2+json}, or null. */
  private static String vendorVersion(String type) {
    String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!bare.startsWith(VENDOR_TYPE) || !bare.endsWith("+json")) {
      return null;
    }
    String version = bare.substring(VENDOR_TYPE.length(), bare.length() - "+json".length());
    return digits(version) ? version : null;
  }

  private static boolean digits(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static jakarta.ws.rs.core.Response unsupported(String id, int status, String version) {
    return VendorFailure.refuse(
        status,
        id,
        List.of(
            new VendorFailure.Fault(
                "unsupported_version",
                "API version "
                    + version
                    + " is not supported; this API answers version 2"
                    + " (application/vnd.flow.v2+json).",
                null)));
  }
}
