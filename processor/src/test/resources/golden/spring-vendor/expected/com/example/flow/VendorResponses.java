package com.example.flow;

import dev.envelopes.ErrorBounds;
import dev.envelopes.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Builds the answers of the vendor style on Spring MVC, all in its media type: {@code {data,
 * request_id}} from the handler method's value, and {@link VendorError} for errors, a {@code ResponseEntity}
 * whose {@code Content-Type} is set, so that Spring writes it whatever the request accepts;
 * {@link VendorRequestIds} fills in its request id.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorResponses {
    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "The server could not complete the request; the failure has been logged.";

    /**
     * The vendor media type every answer carries.
     */
    public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/vnd.flow.v2+json");

    /**
     * The header that carries the request id, in and out.
     */
    public static final String REQUEST_ID_HEADER = RequestIds.HEADER;

    /**
     * Where error codes are documented; an error's link adds its code.
     */
    private static final String LINK_BASE = "https://developer.getflow.com/errors/";

    private VendorResponses() {
    }

    /**
     * The id of the request, checked or made once, when {@link VendorRequests} or the first answer asks for it,
     * and kept for the rest of the request: the one it sends in its header when acceptable, else a new
     * one.
     */
    public static String requestIdOf(HttpServletRequest request) {
        Object id = request.getAttribute(VendorRequests.REQUEST_ID);
        if (id == null) {
            // Several ids are read as one header, which no id matches: the answer gets its own.
            List<String> sent = Collections.list(request.getHeaders(REQUEST_ID_HEADER));
            id = RequestIds.of(sent.isEmpty() ? null : String.join(",", sent));
            request.setAttribute(VendorRequests.REQUEST_ID, id);
        }
        return (String) id;
    }

    /**
     * Readies {@code response} for a success with {@code status} in the vendor media type, with the
     * request id in its header; returns that id, which the body repeats. The {@code Content-Type} is
     * set before Spring writes the body, so that it writes it as it is.
     */
    public static String answer(HttpServletRequest request, HttpServletResponse response,
            int status) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE.toString());
        String id = requestIdOf(request);
        response.setHeader(REQUEST_ID_HEADER, id);
        return id;
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
     * One error with {@code code}: its link is the code's documentation, its description mirrors
     * {@code message}; {@code attribute} is {@code null} for an error about no attribute.
     */
    public static VendorErrorDetail detail(String code, String message, String attribute) {
        // Cut to their bounds, so that no request makes a large answer.
        String said = ErrorBounds.message(message);
        return new VendorErrorDetail(said, code, LINK_BASE + code, said, ErrorBounds.name(attribute));
    }

    /**
     * The error that stands for {@code count} errors an answer does not list.
     */
    public static VendorErrorDetail more(int count) {
        return detail("invalid_request", ErrorBounds.more(count), null);
    }

    /**
     * An error response with {@code status} and {@code errors}; {@link VendorRequestIds} fills in the request id.
     */
    public static ResponseEntity<Object> error(int status, List<VendorErrorDetail> errors) {
        return error(status, errors, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> error(int status, List<VendorErrorDetail> errors,
            HttpHeaders headers) {
        VendorError body = new VendorError(null, "error", ErrorBounds.listed(errors, VendorResponses::more));
        return ResponseEntity.status(status).headers(headers).contentType(MEDIA_TYPE).body(body);
    }

    /**
     * An error response with one error.
     */
    public static ResponseEntity<Object> error(int status, String code, String message,
            String attribute) {
        return error(status, List.of(detail(code, message, attribute)));
    }

    /**
     * Answers values that do not validate: one error per field, whose message joins the field's
     * messages in order; a field with no value at all ({@code missing}) is a {@code missing_param}.
     */
    public static ResponseEntity<Object> violations(Map<String, List<String>> messages,
            Set<String> missing, int status, String code) {
        List<VendorErrorDetail> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : messages.entrySet()) {
            if (field.getKey() != null && missing.contains(field.getKey())) {
                errors.add(detail("missing_param", "param is missing or the value is empty: " + field.getKey(), field.getKey()));
                continue;
            }
            String message = String.join(", ", field.getValue());
            errors.add(detail(code, field.getKey() == null ? message : field.getKey() + " " + message, field.getKey()));
        }
        return error(status, errors);
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static ResponseEntity<Object> internalError() {
        return error(500, "internal_error", INTERNAL_ERROR_MESSAGE, null);
    }

    /**
     * The answer to an error Spring raised, such as a 404 for a path no handler matches: its status
     * and headers (such as {@code Allow} on a 405) are kept, its message is not shown.
     */
    public static ResponseEntity<Object> fromFramework(HttpStatusCode statusCode,
            HttpHeaders headers) {
        int status = statusCode.value();
        String code = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "record_not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "invalid_request";
        };
        return error(status, List.of(detail(code, frameworkMessage(status), null)), headers);
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
}
