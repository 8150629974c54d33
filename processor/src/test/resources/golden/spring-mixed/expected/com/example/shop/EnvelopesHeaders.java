package com.example.shop;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.annotation.processing.Generated;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every answer {@code X-Content-Type-Options: nosniff}, errors and Boot's error path
 * included, so that no browser reads an answer that repeats the client's text as anything but its
 * declared type. A servlet filter, ahead of the handler and of any error: the place for the headers
 * of every answer.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesHeaders extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
