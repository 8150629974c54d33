package com.example.shop;

import dev.envelopes.PrintableFailures;
import jakarta.servlet.http.HttpServletRequest;
import javax.annotation.processing.Generated;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers any exception that no advice answered, after all of yours: logs it in full, once, and
 * answers a 500 in the style of the handler method that failed, which says nothing about it.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class EnvelopesInternalErrors {
    private static final System.Logger LOG = System.getLogger(EnvelopesInternalErrors.class.getName());

    private final EnvelopesEndpoints endpoints;

    EnvelopesInternalErrors(EnvelopesEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> answer(Exception exception, HttpServletRequest request) {
        log(exception);
        return switch (endpoints.styleOf(request)) {
            case BARE -> BareResponses.internalError();
            default -> MetaResponses.internalError();
        };
    }

    /**
     * Logs {@code exception}, answered 500, in full: in a form every log formatter can print, whatever
     * its message and causes hold.
     */
    static void log(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares",
                PrintableFailures.of(exception));
    }
}
