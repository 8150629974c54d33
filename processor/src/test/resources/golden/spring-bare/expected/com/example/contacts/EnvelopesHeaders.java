package com.example.contacts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every answer {@code X-Content-Type-Options: nosniff}, errors and Boot's error path
 * included, so that no browser reads an answer that repeats the client's text as anything but its
 * declared type. A servlet filter, ahead of the handler and of any error: the place for the headers
 * of every answer.
 *
 * <p>It also refuses, as a bad request in the style of the path, a query with an escape that is
 * no escape ({@code ?x=%zz}), as Jakarta REST does: servlet containers differ on it, Tomcat 11
 * throwing where a parameter is first read and Tomcat 10.1 dropping the parameter.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesHeaders extends OncePerRequestFilter {
    /**
     * A percent sign that two hexadecimal digits do not follow.
     */
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getQueryString() != null
                && MALFORMED_ESCAPE.matcher(request.getQueryString()).find()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
