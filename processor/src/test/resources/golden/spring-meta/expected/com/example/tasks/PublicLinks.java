package com.example.tasks;

import dev.envelopes.LinkBase;
import jakarta.servlet.http.HttpServletRequest;
import javax.annotation.processing.Generated;

/**
 * Makes the links of the answers ({@code pagination}, {@code Location}) as {@link LinkBase}
 * describes: after the configured public base URI ({@code envelopes.links.base-uri} in the Spring
 * environment), a trusted proxy's, or relative to the server's root; never from the request's
 * {@code Host}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class PublicLinks {
    /**
     * The request attribute that holds the path the client sent, where a filter changed the request's
     * URI: the vendor style's, which takes the version prefix off for Spring MVC's mapping.
     */
    public static final String SENT_PATH = PublicLinks.class.getName() + ".sentPath";

    private final LinkBase base;

    public PublicLinks(LinkBase base) {
        this.base = base;
    }

    /**
     * The link to {@code target}, a path and query of this server as a client sends them, as an
     * answer to {@code request} gives it: the page links, the {@code Location}.
     */
    public String link(HttpServletRequest request, String target) {
        return base.link(request.getScheme(), target, request::getHeader);
    }

    /**
     * The path the client sent, percent-encoded: the request's URI, or the one before a filter took
     * a prefix off it ({@link #SENT_PATH}), so that a link keeps the prefix.
     */
    public static String requestPath(HttpServletRequest request) {
        return request.getAttribute(SENT_PATH) instanceof String sent ? sent : request.getRequestURI();
    }
}
