package com.example.flow;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Reads what every request to the vendor API says before it is matched to a resource: its id, and
 * the API version it names. {@code application/vnd.flow.v2+json} in {@code Accept} is answered as JSON by the resources,
 * and a {@code /v2} path prefix is taken off; another version in either place is answered
 * {@code unsupported_version}. A request without an acceptable {@code X-Request-Id} header gets a new id
 * in that header, so that everything after reads the same one.
 */
@PreMatching
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorRequests implements ContainerRequestFilter {
    /**
     * The request property that holds the URI as the client sent it, version prefix included.
     */
    public static final String REQUESTED_URI = VendorRequests.class.getName() + ".requestedUri";

    /**
     * The request ids a client may send: a plain token of at most 128 characters; anything else is
     * replaced by a random UUID.
     */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /**
     * The version the API answers.
     */
    private static final String VERSION = "2";

    /**
     * A path, relative to the application, that starts with a version segment.
     */
    private static final Pattern VERSIONED_PATH = Pattern.compile("v([0-9]{1,9})(/.*)?");

    /**
     * The vendor's media type in any version, parameters aside.
     */
    private static final Pattern VENDOR_TYPE = Pattern.compile("\\s*application/vnd\\.\\Qflow\\E\\.v([0-9]{1,9})\\+json\\s*(;.*)?", Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext request) {
        String sent = request.getHeaderString(VendorResponses.REQUEST_ID_HEADER);
        replace(request, VendorResponses.REQUEST_ID_HEADER, sent != null && REQUEST_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString());
        Matcher versioned = VERSIONED_PATH.matcher(request.getUriInfo().getPath(false));
        if (versioned.matches()) {
            if (!versioned.group(1).equals(VERSION)) {
                request.abortWith(unsupportedVersion(404, versioned.group(1)));
                return;
            }
            request.setProperty(REQUESTED_URI, request.getUriInfo().getRequestUri());
            String rest = versioned.group(2) == null ? "" : versioned.group(2).substring(1);
            request.setRequestUri(URI.create(request.getUriInfo().getBaseUri() + rest + query(request)));
        }
        List<String> accepted = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accepted == null) {
            return;
        }
        List<String> rewritten = new ArrayList<>();
        String otherVersion = null;
        boolean thisVersion = false;
        for (String header : accepted) {
            for (String type : header.split(",")) {
                Matcher vendorType = VENDOR_TYPE.matcher(type);
                if (!vendorType.matches()) {
                    rewritten.add(type.trim());
                } else if (vendorType.group(1).equals(VERSION)) {
                    rewritten.add(MediaType.APPLICATION_JSON);
                    thisVersion = true;
                } else {
                    otherVersion = vendorType.group(1);
                }
            }
        }
        // A client that names the vendor's type only in other versions asks for one of those.
        if (otherVersion != null && !thisVersion) {
            request.abortWith(unsupportedVersion(406, otherVersion));
            return;
        }
        replace(request, HttpHeaders.ACCEPT, String.join(", ", rewritten));
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
     * The request's query as it was sent, with its {@code ?}, or nothing.
     */
    private static String query(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return query == null ? "" : "?" + query;
    }

    /**
     * The answer to a request for a version the API does not answer.
     */
    private static Response unsupportedVersion(int status, String version) {
        return VendorResponses.error(status, "unsupported_version", "API version " + version + " is not supported; this API answers version 2 (application/vnd.flow.v2+json).", null);
    }
}
