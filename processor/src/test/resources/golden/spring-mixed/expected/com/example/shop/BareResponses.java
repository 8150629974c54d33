package com.example.shop;

import dev.envelopes.ErrorBounds;
import jakarta.servlet.http.HttpServletResponse;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds the answers of the bare style on Spring MVC: a handler method's value as it is on success,
 * and {@link BareError} on error. Every answer that has a body is a {@code ResponseEntity} or a
 * response whose {@code Content-Type} is set to JSON: Spring then writes it as JSON whatever
 * the request accepts, as the style answers.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class BareResponses {
    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "An unexpected error occurred while processing the request";

    private BareResponses() {
    }

    /**
     * Answers {@code body} as JSON, with the status already set (200 unless the method chose one).
     */
    public static Object answer(HttpServletResponse response, Object body) {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        return body;
    }

    /**
     * Answers 204 No Content, without a body or a {@code Content-Type}: the query found nothing.
     */
    public static Object answerNoContent(HttpServletResponse response) {
        response.setStatus(204);
        return null;
    }

    /**
     * An error response with {@code status}, {@code code} and {@code message}.
     */
    public static ResponseEntity<Object> error(int status, String code, String message) {
        return error(status, code, message, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> error(int status, String code, String message,
            HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers)
                .contentType(MediaType.APPLICATION_JSON).body(new BareError(code, message));
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static ResponseEntity<Object> internalError() {
        return error(500, "INTERNAL_ERROR", INTERNAL_ERROR_MESSAGE);
    }

    /**
     * The answer to an error Spring raised, such as a 404 for a path no handler matches: the document's
     * code for its status, with that code's status, and Spring's headers (such as {@code Allow} on a
     * 405); its message is not shown.
     */
    public static ResponseEntity<Object> fromFramework(HttpStatusCode statusCode,
            HttpHeaders headers) {
        int raised = statusCode.value();
        int status;
        String code;
        if (raised >= 500) {
            status = 500;
            code = "INTERNAL_ERROR";
        } else if (raised == 401 || raised == 403) {
            status = 401;
            code = "UNAUTHORIZED";
        } else if (raised == 404) {
            status = 404;
            code = "NOT_FOUND";
        } else {
            status = 400;
            code = "VALIDATION_ERROR";
        }
        return error(status, code, frameworkMessage(raised), headers);
    }

    /**
     * The message of one of the API's own exceptions, written for clients; {@code fallback} when it
     * has none, or when reading it fails.
     */
    public static String messageOf(Throwable exception, String fallback) {
        String message;
        try {
            message = exception.getMessage();
        } catch (RuntimeException unreadable) {
            message = null;
        }
        return message == null || message.isBlank() ? fallback : ErrorBounds.message(message);
    }

    /**
     * What {@code errorMessage} says about an error of the framework's.
     */
    private static String frameworkMessage(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "The request needs valid credentials.";
            case 403 -> "The credentials do not allow this request.";
            case 404 -> "No resource matches the request.";
            case 405 -> "The resource does not answer this HTTP method.";
            case 406 -> "The resource cannot answer in a media type the request accepts.";
            case 415 -> "The resource does not accept the media type of the request body.";
            default -> status >= 500 ? INTERNAL_ERROR_MESSAGE : "The request is not valid.";
        };
    }
}
