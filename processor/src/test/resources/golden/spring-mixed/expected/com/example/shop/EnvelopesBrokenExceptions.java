package com.example.shop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an exception that breaks Spring MVC's own resolvers before they see it. If its causes form a
 * loop, each the cause of another, they overflow the stack looking for an {@code @ExceptionHandler}:
 * they follow {@code getCause()} with no check for a cause seen before. If reading a message
 * throws, they answer, then ask whether the client went away, which reads the message: the
 * failure leaves the answer half sent. It is logged as {@link EnvelopesInternalErrors} logs every 500, and
 * answered through the error path, in the style of the request's path.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesBrokenExceptions implements HandlerExceptionResolver {
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            Object handler, Exception exception) {
        if (!breaksResolvers(exception)) {
            return null;
        }
        EnvelopesInternalErrors.log(exception);
        try {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } catch (IOException committed) {
            // The answer has begun: nothing more can be said.
        }
        return new ModelAndView();
    }

    private static boolean breaksResolvers(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (!seen.add(cause) || !readable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readable(Throwable exception) {
        try {
            exception.getMessage();
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
