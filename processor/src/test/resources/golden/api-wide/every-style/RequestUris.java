package com.example.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * The URIs of a request that the generated code reads: the one the client sent, which every link and
 * location is made from, and the one the API's pre-matching filters last set. Each filter rewrites
 * through {@link #rewrite}, and nothing reads the request's URI back from the runtime after that: a
 * runtime may rebuild a URI that was set from its decoded parts, and for some queries the rebuilt
 * one no longer parses.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class RequestUris {
    /**
     * The request property that holds the URI the client sent.
     */
    private static final String SENT = RequestUris.class.getName() + ".sent";

    /**
     * The request property that holds the URI the filters last set.
     */
    private static final String SET = RequestUris.class.getName() + ".set";

    private RequestUris() {
    }

    /**
     * The URI the client sent, path prefix and query included, as it was before any of the filters
     * rewrote it: the one links and locations are made from.
     */
    public static URI sent(ContainerRequestContext request) {
        URI kept = (URI) request.getProperty(SENT);
        return kept == null ? request.getUriInfo().getRequestUri() : kept;
    }

    /**
     * A builder of the URI the client sent without its query, as {@code getAbsolutePathBuilder()} is of
     * the request's: the one a location is made under.
     */
    public static UriBuilder sentPathBuilder(ContainerRequestContext request) {
        return UriBuilder.fromUri(sent(request)).replaceQuery(null);
    }

    /**
     * The request's URI as the last filter to rewrite it set it, or as the client sent it when none did:
     * the one the next filter rewrites.
     */
    public static URI current(ContainerRequestContext request) {
        URI kept = (URI) request.getProperty(SET);
        return kept == null ? request.getUriInfo().getRequestUri() : kept;
    }

    /**
     * Sets the request's URI to {@code uri}, after keeping the one the client sent if no filter has
     * rewritten it yet.
     */
    public static void rewrite(ContainerRequestContext request, URI uri) {
        if (request.getProperty(SENT) == null) {
            request.setProperty(SENT, request.getUriInfo().getRequestUri());
        }
        request.setProperty(SET, uri);
        request.setRequestUri(uri);
    }
}
