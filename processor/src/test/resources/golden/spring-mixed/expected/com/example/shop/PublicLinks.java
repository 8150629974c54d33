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
     * The {@code Location} of {@code rawPath}, a path of this server as a client sends it, in the
     * answer to {@code request}.
     */
    public String location(HttpServletRequest request, String rawPath) {
        return base.link(request.getScheme(), rawPath, null, request::getHeader);
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
     * The path of the request's URL as the client sent it, percent-encoded: before a filter took a
     * prefix off its URI, as the vendor style's takes the version's, so that a link keeps it.
     */
    public static String requestPath(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return path < 0 ? "/" : url.substring(path);
    }
}
