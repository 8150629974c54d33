package com.example.library;

import dev.envelopes.ErrorBounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Builds the answers of the status envelope on Spring MVC: {@link StatusFailure} for input that does not
 * validate, {@link StatusError} for every other error, and the {@code Location} of the answers.
 *
 * <p>Every answer is a {@code ResponseEntity} or a response whose {@code Content-Type} is set to
 * JSON: Spring then writes it as JSON whatever the request accepts, as the style answers.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class StatusResponses {
    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "The server could not complete the request; the failure has been logged.";

    private StatusResponses() {
    }

    /**
     * Answers {@code body} as JSON, with the status already set (200 unless the method chose one).
     */
    public static Object answer(HttpServletResponse response, Object body) {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        return body;
    }

    /**
     * An {@code error} answer with {@code status}; {@code code} is left out when {@code null}.
     */
    public static ResponseEntity<Object> error(int status, String message, String code) {
        return error(status, message, code, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> error(int status, String message, String code,
            HttpHeaders headers) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(new StatusError("error", message, List.of(), code));
    }

    /**
     * A {@code failure} answer, 422, listing the attributes at fault in both {@code data} and
     * {@code errors}; {@code code} is left out when {@code null}.
     */
    public static ResponseEntity<Object> failure(String message, List<StatusAttributeErrors> errors,
            String code) {
        List<StatusAttributeErrors> listed = bounded(errors);
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_JSON)
                .body(new StatusFailure("failure", listed, message, listed, code));
    }

    /**
     * The attributes as a failure lists them: at most a few, then one that counts the rest, each with at
     * most a few messages, each name and message cut to its bound, so that no request makes a large
     * answer.
     */
    private static List<StatusAttributeErrors> bounded(List<StatusAttributeErrors> errors) {
        List<StatusAttributeErrors> listed = new ArrayList<>();
        for (StatusAttributeErrors error : ErrorBounds.listed(errors, more -> new StatusAttributeErrors(null, List.of(ErrorBounds.more(more))))) {
            List<String> messages = new ArrayList<>();
            for (String message : ErrorBounds.listed(error.messages(), ErrorBounds::more)) {
                messages.add(ErrorBounds.fieldMessage(message));
            }
            listed.add(new StatusAttributeErrors(ErrorBounds.name(error.attributeName()), List.copyOf(messages)));
        }
        return List.copyOf(listed);
    }

    /**
     * A {@code failure} answer about one attribute.
     */
    public static ResponseEntity<Object> failure(String attribute, String message) {
        return failure("The request is not valid.", List.of(new StatusAttributeErrors(attribute, List.of(message))), null);
    }

    /**
     * A 422 {@code failure} for values that do not validate: one entry per field, with its messages in
     * order.
     */
    public static ResponseEntity<Object> violations(Map<String, List<String>> messages) {
        List<StatusAttributeErrors> errors = new ArrayList<>();
        messages.forEach((field, problems) -> errors.add(new StatusAttributeErrors(field, List.copyOf(problems))));
        return failure("The request is not valid.", errors, null);
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static ResponseEntity<Object> internalError() {
        return error(500, INTERNAL_ERROR_MESSAGE, null);
    }

    /**
     * The {@code error} answer to an error Spring raised, such as a 404 for a path no handler matches:
     * its status and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
     */
    public static ResponseEntity<Object> fromFramework(HttpStatusCode statusCode,
            HttpHeaders headers) {
        return error(statusCode.value(), frameworkMessage(statusCode.value()), null, headers);
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
     * What {@code message} says about an error of the framework's.
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

    /**
     * The location of a resource created under the request's path as the client sent it: the path
     * followed by {@code id}, encoded as one path segment, linked as {@link PublicLinks} links.
     */
    public static String locationOf(HttpServletRequest request, Object id, PublicLinks links) {
        String path = PublicLinks.requestPath(request);
        String segment = UriUtils.encodePathSegment(String.valueOf(id), StandardCharsets.UTF_8);
        return links.link(request, (path.endsWith("/") ? path : path + "/") + segment);
    }
}
