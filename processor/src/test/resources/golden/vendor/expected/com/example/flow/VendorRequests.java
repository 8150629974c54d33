package com.example.flow;

import dev.envelopes.RequestIds;
import dev.envelopes.VendorVersions;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Reads what every request to the vendor API says before it is matched to a resource: its id, and
 * the API version it names. {@code application/vnd.flow.v2+json} in {@code Accept} is answered as JSON by the resources,
 * and a {@code /v2} path prefix is taken off; another version in either place is answered
 * {@code unsupported_version}. A request without an acceptable {@code X-Request-Id} header gets a new id
 * in that header, so that everything after reads the same one. A request is the vendor's when its path,
 * prefix aside, is one the vendor style answers; the filter leaves every other request as it
 * came, so that a {@code /v2} prefix or the vendor's media type means nothing to the other
 * styles' resources.
 */
@PreMatching
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorRequests implements ContainerRequestFilter {
    /**
     * The request property that holds the id of a request the vendor style answers.
     */
    public static final String REQUEST_ID = VendorRequests.class.getName() + ".requestId";

    /**
     * The version the API answers.
     */
    private static final String VERSION = "2";

    /**
     * The vendor's media type in any version, parameters aside.
     */
    private static final Pattern VENDOR_TYPE = VendorVersions.mediaType("flow");

    @Override
    public void filter(ContainerRequestContext request) {
        URI requested = RequestUris.current(request);
        VendorVersions.VersionedPath versioned = VendorVersions.versionedPath(request.getUriInfo().getBaseUri(), requested);
        String id = RequestIds.of(request.getHeaderString(VendorResponses.REQUEST_ID_HEADER));
        request.setProperty(REQUEST_ID, id);
        replace(request, VendorResponses.REQUEST_ID_HEADER, id);
        if (versioned != null) {
            if (!versioned.version().equals(VERSION)) {
                request.abortWith(unsupportedVersion(404, versioned.version()));
                return;
            }
            RequestUris.rewrite(request, URI.create(request.getUriInfo().getBaseUri() + versioned.rest() + query(requested)));
        }
        List<String> accepted = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accepted == null) {
            return;
        }
        VendorVersions.Accept accept = VendorVersions.accept(accepted, VENDOR_TYPE, VERSION);
        if (accept.refusedVersion() != null) {
            request.abortWith(unsupportedVersion(406, accept.refusedVersion()));
            return;
        }
        replace(request, HttpHeaders.ACCEPT, accept.rewritten());
    }

    /**
     * Sets the request header {@code name} to {@code value}. The values a container read may not be
     * changed in place, so they are replaced.
     */
    private static void replace(ContainerRequestContext request, String name, String value) {
        request.getHeaders().remove(name);
        request.getHeaders().add(name, value);
    }

    /**
     * The query of {@code uri}, still encoded, with its {@code ?}, or nothing.
     */
    private static String query(URI uri) {
        String query = uri.getRawQuery();
        return query == null ? "" : "?" + query;
    }

    /**
     * The answer to a request for a version the API does not answer.
     */
    private static Response unsupportedVersion(int status, String version) {
        return VendorResponses.error(status, "unsupported_version", "API version " + version + " is not supported; this API answers version 2 (application/vnd.flow.v2+json).", null);
    }
}
