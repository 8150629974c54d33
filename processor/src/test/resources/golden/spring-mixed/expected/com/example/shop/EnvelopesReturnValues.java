package com.example.shop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;

/**
 * Writes what an enveloped handler method returned as its envelope: the method's endpoint makes the
 * envelope and sets its status and headers, then Spring's own {@code @ResponseBody} processor writes
 * it, with content negotiation, message converters and {@code ResponseBodyAdvice} as usual, but for
 * the envelope's type rather than the method's. It stands first among the adapter's return value
 * handlers, so that it sees a {@code ResponseEntity} before Spring's {@code HttpEntity} processor
 * does; a {@code CompletableFuture} passes to Spring's handler, which calls this one again with
 * the value it completes with.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesReturnValues implements HandlerMethodReturnValueHandler {
    private final EnvelopesEndpoints endpoints;

    private final HandlerMethodReturnValueHandler bodies;

    private final PublicLinks links;

    private EnvelopesReturnValues(EnvelopesEndpoints endpoints,
            HandlerMethodReturnValueHandler bodies, PublicLinks links) {
        this.endpoints = endpoints;
        this.bodies = bodies;
        this.links = links;
    }

    /**
     * Puts the handler first among {@code adapter}'s, once it is initialized.
     */
    static void install(RequestMappingHandlerAdapter adapter, EnvelopesEndpoints endpoints,
            PublicLinks links) {
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(adapter.getReturnValueHandlers());
        HandlerMethodReturnValueHandler bodies = handlers.stream()
                        .filter(RequestResponseBodyMethodProcessor.class::isInstance)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("Spring MVC has no @ResponseBody processor"));
        handlers.add(0, new EnvelopesReturnValues(endpoints, bodies, links));
        adapter.setReturnValueHandlers(handlers);
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        // A future is Spring's to wait for: it calls this handler again with the value the future
        // completes with, whose type the parameter then gives.
        return endpoints.of(returnType.getContainingClass(), returnType.getMethod()) != null
                && !CompletionStage.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType,
            ModelAndViewContainer mavContainer, NativeWebRequest webRequest) throws Exception {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
        Object result = returnValue;
        if (returnValue instanceof HttpEntity<?> entity) {
            // The entity's status and headers stand; its body is enveloped.
            if (entity instanceof ResponseEntity<?> withStatus) {
                response.setStatus(withStatus.getStatusCode().value());
            }
            entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            result = entity.getBody();
        }
        Object envelope = endpoints.of(returnType.getContainingClass(), returnType.getMethod())
                .answer(result, request, response, links);
        bodies.handleReturnValue(envelope, endpoints.envelopeTypeOf(returnType.getContainingClass(), returnType.getMethod()),
                mavContainer, webRequest);
    }
}
