package com.example.flow;

import javax.annotation.processing.Generated;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Answers the request id of every {@link VendorError}, which the exception handler builds without one: as its
 * {@code request_uuid} and in the {@code X-Request-Id} header, set on the servlet response itself, so that
 * it is there once whoever set it first. The other bodies pass as they are.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@ControllerAdvice
public final class VendorRequestIds implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof VendorError vendorError) || vendorError.requestUuid() != null
        || !(request instanceof ServletServerHttpRequest servletRequest)
        || !(response instanceof ServletServerHttpResponse servletResponse)) {
            return body;
        }
        String id = VendorResponses.requestIdOf(servletRequest.getServletRequest());
        servletResponse.getServletResponse().setHeader(VendorResponses.REQUEST_ID_HEADER, id);
        return vendorError.withRequestUuid(id);
    }
}
