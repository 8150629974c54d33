package com.example.library;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import javax.annotation.processing.Generated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every answer {@code X-Content-Type-Options: nosniff}, errors and Boot's error path
 * included, so that no browser reads an answer that repeats the client's text as anything but its
 * declared type. A servlet filter, ahead of the handler and of any error: the place for the headers
 * of every answer.
 *
 * <p>It also refuses, as a bad request in the style of the path, a query the servlet container
 * cannot decode ({@code ?x=%zz}): Servlet 6.1 containers throw where the handler or its checks
 * would first read a parameter, which would answer 500.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesHeaders extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getQueryString() != null && !isForm(request)) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException undecodable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the body is a form, whose parameters only the handler may read: it may read the body
     * itself, or its parts.
     */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }
}
