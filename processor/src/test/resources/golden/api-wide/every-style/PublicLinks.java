package com.example.api;

import dev.envelopes.LinkBase;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * Makes the links of the answers ({@code pagination}, {@code Location}, {@code Link}) as {@link LinkBase}
 * describes: after the configured public base URI, a trusted proxy's, or relative to the
 * server's root; never from the request's {@code Host}. The dynamic feature of each enveloped resource
 * whose answers link registers it for the resource's methods, with the configuration the
 * application has once every feature ran.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class PublicLinks implements ContainerRequestFilter {
    /**
     * The request property that carries the link base.
     */
    private static final String BASE = PublicLinks.class.getName() + ".base";

    /**
     * The link base read from the application's configuration.
     */
    private final LinkBase base;

    public PublicLinks(LinkBase base) {
        this.base = base;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(BASE, base);
    }

    /**
     * The link to {@code target}, a URI of this server, as an answer to {@code request} gives it:
     * relative to the server's root when the filter did not run.
     */
    public static String link(ContainerRequestContext request, URI target) {
        return base(request).link(target, request::getHeaderString);
    }

    /**
     * The link to {@code target}, the path and query of a URI of this server as the client sent them,
     * as {@link #link(ContainerRequestContext, URI)} links a URI: nothing to parse.
     */
    public static String link(ContainerRequestContext request, String scheme, String target) {
        return base(request).link(scheme, target, request::getHeaderString);
    }

    /**
     * The {@code Location} of {@code target} in the answer to {@code request}, as {@link #link} links it.
     */
    public static URI location(ContainerRequestContext request, URI target) {
        return URI.create(link(request, target));
    }

    /**
     * The link base the filter gave {@code request}; none when it did not run.
     */
    private static LinkBase base(ContainerRequestContext request) {
        return request.getProperty(BASE) instanceof LinkBase configured ? configured : LinkBase.UNCONFIGURED;
    }
}
