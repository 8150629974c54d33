package com.example.contacts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.annotation.processing.Generated;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs the checks of an enveloped handler method, such as its paging parameters, once Spring chose
 * the method and before it converts the request's parameters for it: a refused request is answered
 * by {@link EnvelopesExceptionHandler} in the method's style, and the method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesPagingChecks implements HandlerInterceptor {
    private final EnvelopesEndpoints endpoints;

    EnvelopesPagingChecks(EnvelopesEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        if (handler instanceof HandlerMethod method) {
            EnvelopesEndpoint endpoint = endpoints.of(method.getBeanType(), method.getMethod());
            if (endpoint != null) {
                endpoint.check(request);
            }
        }
        return true;
    }
}
