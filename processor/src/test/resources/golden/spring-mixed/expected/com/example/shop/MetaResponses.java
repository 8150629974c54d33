package com.example.shop;

import dev.envelopes.ErrorBounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Builds the responses of the meta envelope on Spring MVC: the errors of the exception handler and
 * of the paging checks, and the {@code Location} of the answers.
 *
 * <p>Every answer is a {@code ResponseEntity} or a response whose {@code Content-Type} is set to
 * JSON: Spring then writes it as JSON whatever the request accepts, as the style answers.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class MetaResponses {
    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_DETAIL = "The server could not complete the request; the failure has been logged.";

    private MetaResponses() {
    }

    /**
     * Answers {@code body} as JSON, with the status already set (200 unless the method chose one).
     */
    public static Object answer(HttpServletResponse response, Object body) {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        return body;
    }

    /**
     * An error response with {@code status}. On a 400, {@code detailed} lists the problems as they are,
     * each naming its field; on other statuses, as sentences.
     */
    public static ResponseEntity<Object> error(MetaStatus status, List<MetaFieldError> problems) {
        return error(status, problems, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> error(MetaStatus status, List<MetaFieldError> problems,
            HttpHeaders headers) {
        Object envelope;
        List<MetaFieldError> listed = bounded(problems);
        if (status.statusCode() == 400) {
            envelope = MetaBadRequestEnvelope.of(status, listed);
        } else {
            List<String> sentences = new ArrayList<>();
            for (MetaFieldError problem : listed) {
                sentences.add(problem.field() == null ? problem.message() : problem.field() + ": " + problem.message());
            }
            envelope = MetaErrorEnvelope.of(status, sentences);
        }
        return ResponseEntity.status(status.statusCode()).headers(headers)
                .contentType(MediaType.APPLICATION_JSON).body(envelope);
    }

    /**
     * A 400 for values that do not validate: one problem per field, its messages joined in order.
     */
    public static ResponseEntity<Object> violations(Map<String, List<String>> messages) {
        List<MetaFieldError> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : messages.entrySet()) {
            problems.add(new MetaFieldError(field.getKey(), String.join("; ", field.getValue())));
        }
        return error(MetaStatus.BAD_REQUEST, problems);
    }

    /**
     * The problems as an answer lists them: at most a few, then one that counts the rest, each name and
     * message cut to its bound, so that no request makes a large answer.
     */
    private static List<MetaFieldError> bounded(List<MetaFieldError> problems) {
        List<MetaFieldError> listed = new ArrayList<>();
        for (MetaFieldError problem : ErrorBounds.listed(problems, more -> new MetaFieldError(null, ErrorBounds.more(more)))) {
            listed.add(problem.field() == null ? new MetaFieldError(null, ErrorBounds.message(problem.message()))
                    : new MetaFieldError(ErrorBounds.name(problem.field()), ErrorBounds.fieldMessage(problem.message())));
        }
        return List.copyOf(listed);
    }

    /**
     * An error response with {@code status} whose {@code detailed} says {@code detail}, about no single
     * field.
     */
    public static ResponseEntity<Object> error(MetaStatus status, String detail) {
        return error(status, List.of(new MetaFieldError(null, detail)));
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static ResponseEntity<Object> internalError() {
        return error(MetaStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_DETAIL);
    }

    /**
     * The envelope of an error Spring raised, such as a 404 for a path no handler matches: its status
     * and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
     */
    public static ResponseEntity<Object> fromFramework(HttpStatusCode statusCode,
            HttpHeaders headers) {
        HttpStatus known = HttpStatus.resolve(statusCode.value());
        MetaStatus status = MetaStatus.of(statusCode.value(), known == null ? "Unknown" : known.getReasonPhrase());
        return error(status, List.of(new MetaFieldError(null, frameworkDetail(status))), headers);
    }

    /**
     * The message of one of the API's own exceptions, written for clients; the message of {@code status}
     * when it has none, or when reading it fails.
     */
    public static String messageOf(Throwable exception, MetaStatus status) {
        String message;
        try {
            message = exception.getMessage();
        } catch (RuntimeException unreadable) {
            message = null;
        }
        return message == null || message.isBlank() ? status.message() : ErrorBounds.message(message);
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

    /**
     * What {@code detailed} says about an error of the framework's.
     */
    private static String frameworkDetail(MetaStatus status) {
        return switch (status.statusCode()) {
            case 400 -> "The request is not valid.";
            case 401 -> "The request needs valid credentials.";
            case 403 -> "The credentials do not allow this request.";
            case 404 -> "No resource matches the request.";
            case 405 -> "The resource does not answer this HTTP method.";
            case 406 -> "The resource cannot answer in a media type the request accepts.";
            case 415 -> "The resource does not accept the media type of the request body.";
            default -> status.statusMessage() + ".";
        };
    }
}
