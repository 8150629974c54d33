package com.example.flow;

import dev.envelopes.VendorVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads what every request to the vendor API says before Spring MVC matches it to a handler: its id,
 * and the API version it names. {@code application/vnd.flow.v2+json} in {@code Accept} is answered as JSON by the
 * handlers, and a {@code /v2} path prefix is taken off the path Spring MVC matches (the links keep
 * it); another version in either place is answered {@code unsupported_version}. Every answer to a
 * vendor request carries its id in {@code X-Request-Id}: the request's own when acceptable, else a new one.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorRequests extends OncePerRequestFilter {
    /**
     * The request attribute that holds the id of a vendor request.
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

    /**
     * Spring MVC's exception resolvers, which answer a refused request as the exception handler
     * answers any refusal.
     */
    private final ObjectProvider<HandlerExceptionResolver> refusals;

    VendorRequests(ObjectProvider<HandlerExceptionResolver> refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        VendorVersions.VersionedPath versioned = VendorVersions.versionedPath(path.startsWith("/") ? path.substring(1) : path);
        String id = VendorResponses.requestIdOf(request);
        response.setHeader(VendorResponses.REQUEST_ID_HEADER, id);
        if (versioned != null && !versioned.version().equals(VERSION)) {
            refuse(request, response, unsupportedVersion(404, versioned.version()));
            return;
        }
        List<String> accepted = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        String accept = null;
        if (!accepted.isEmpty()) {
            VendorVersions.Accept read = VendorVersions.accept(accepted, VENDOR_TYPE, VERSION);
            if (read.refusedVersion() != null) {
                refuse(request, response, unsupportedVersion(406, read.refusedVersion()));
                return;
            }
            accept = read.rewritten();
        }
        if (versioned == null && accept == null) {
            chain.doFilter(request, response);
        } else {
            // The links keep the path as sent, the version prefix included.
            request.setAttribute(PublicLinks.SENT_PATH, request.getRequestURI());
            chain.doFilter(new Versioned(request, versioned == null ? null : "/" + versioned.rest(), accept), response);
        }
    }

    /**
     * Answers {@code answer} as Spring MVC answers a refusal, through {@link EnvelopesExceptionHandler}.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response,
            ResponseEntity<Object> answer) throws ServletException {
        EnvelopesRefusal refusal = new EnvelopesRefusal(answer);
        if (refusals.getObject().resolveException(request, response, null, refusal) == null) {
            throw new ServletException(refusal);
        }
    }

    /**
     * The answer to a request for a version the API does not answer.
     */
    private static ResponseEntity<Object> unsupportedVersion(int status, String version) {
        return VendorResponses.error(status, "unsupported_version", "API version " + version + " is not supported; this API answers version 2 (application/vnd.flow.v2+json).", null);
    }

    /**
     * A vendor request as Spring MVC is to read it: its path within the application without the version
     * prefix, {@code null} when it had none, and its {@code Accept} with the vendor's type read,
     * {@code null} when it sent none. Its links take the path it was sent to from {@link PublicLinks#SENT_PATH},
     * so that they keep the prefix.
     */
    private static final class Versioned extends HttpServletRequestWrapper {
        private final String path;

        private final String accept;

        Versioned(HttpServletRequest request, String path, String accept) {
            super(request);
            this.path = path;
            this.accept = accept;
        }

        @Override
        public String getRequestURI() {
            return path == null ? super.getRequestURI() : getContextPath() + path;
        }

        @Override
        public String getServletPath() {
            String servletPath = super.getServletPath();
            String prefix = "/v" + VERSION;
            return path == null || !servletPath.startsWith(prefix) ? servletPath : servletPath.substring(prefix.length());
        }

        @Override
        public String getHeader(String name) {
            return accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }
}
