package com.example.shop;

import dev.envelopes.LinkBase;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * Makes the links of the answers ({@code pagination}, {@code Location}) as {@link LinkBase}
 * describes: after the configured public base URI ({@code envelopes.links.base-uri} in the Spring
 * environment), a trusted proxy's, or relative to the server's root; never from the request's
 * {@code Host}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class PublicLinks {
    private final LinkBase base;

    public PublicLinks(LinkBase base) {
        this.base = base;
    }

    /**
     * The link to {@code target}, a URI of this server, as an answer to {@code request} gives it.
     */
    public String link(HttpServletRequest request, URI target) {
        return base.link(target, request::getHeader);
    }

    /**
     * The {@code Location} of {@code target} in the answer to {@code request}.
     */
    public URI location(HttpServletRequest request, URI target) {
        return URI.create(link(request, target));
    }

    /**
     * The request's URI as the client sent it: the servlet's raw path, and the raw query when there is
     * one. Only its scheme, path and query are used: {@link LinkBase} never links to its authority.
     */
    public static URI requestUri(HttpServletRequest request) {
        String query = request.getQueryString();
        StringBuffer uri = request.getRequestURL();
        return URI.create(query == null ? uri.toString() : uri.append('?').append(query).toString());
    }

    /**
     * The request's URI without its query, as {@link #requestUri} reads it.
     */
    public static URI requestPath(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString());
    }
}
