package com.example.board;

import dev.envelopes.ErrorBounds;
import dev.envelopes.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Builds the answers of the vendor style, all in its media type: {@code {data, request_id}} from
 * the resource method's value, and {@link VendorError} for errors.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorResponses {
    private static final System.Logger LOG = System.getLogger(VendorResponses.class.getName());

    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "The server could not complete the request; the failure has been logged.";

    /**
     * The vendor media type every answer carries.
     */
    public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/vnd.board.v1+json");

    /**
     * The header that carries the request id, in and out.
     */
    public static final String REQUEST_ID_HEADER = RequestIds.HEADER;

    /**
     * Where error codes are documented; an error's link adds its code.
     */
    private static final String LINK_BASE = "https://board.example/errors/";

    private VendorResponses() {
    }

    /**
     * Whether {@code response} carries what the resource method returned: 200 with its value, or 204 when
     * it returned nothing. Errors are enveloped by the exception mapper already.
     */
    public static boolean isMethodResult(ContainerResponseContext response) {
        return response.getStatus() == 200 || response.getStatus() == 204;
    }

    /**
     * The id of the request, which {@link VendorRequests} checked or made before the request was matched;
     * for a request it did not take, such as one a locator of another style's resource hands
     * to a vendor sub-resource, checked or made now and kept for the rest of the request.
     */
    public static String requestIdOf(ContainerRequestContext request) {
        Object id = request.getProperty(VendorRequests.REQUEST_ID);
        if (id == null) {
            id = RequestIds.of(request.getHeaderString(REQUEST_ID_HEADER));
            request.setProperty(VendorRequests.REQUEST_ID, id);
        }
        return (String) id;
    }

    /**
     * Answers with {@code envelope} in the vendor media type and {@code status}.
     */
    public static void answer(ContainerResponseContext response, int status, Object envelope) {
        response.setStatus(status);
        response.setEntity(envelope);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE);
    }

    /**
     * Answers as the method above does, with a {@code Location} header.
     */
    public static void answer(ContainerResponseContext response, int status, Object envelope,
            URI location) {
        answer(response, status, envelope);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
    }

    /**
     * The location of a resource created under the request's path as the client sent it: the path
     * followed by {@code id}, encoded as one path segment, linked as {@link PublicLinks} links.
     */
    public static URI locationOf(ContainerRequestContext request, Object id) {
        return PublicLinks.location(request,
                RequestUris.sentPathBuilder(request).path("{id}").build(new Object[] {id}, true));
    }

    /**
     * Answers 500 for a resource method that returned {@code null} where its envelope needs a value,
     * and logs which method it was.
     */
    public static void answerNullResult(ContainerResponseContext response, String method) {
        LOG.log(System.Logger.Level.ERROR, method + " returned null, which its envelope cannot hold; answered 500");
        Response error = internalError();
        response.setStatus(error.getStatus());
        response.setEntity(error.getEntity());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
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
    public static Response error(int status, List<VendorErrorDetail> errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(new VendorError(null, "error", ErrorBounds.listed(errors, VendorResponses::more))).build();
    }

    /**
     * An error response with one error.
     */
    public static Response error(int status, String code, String message, String attribute) {
        return error(status, List.of(detail(code, message, attribute)));
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static Response internalError() {
        return error(500, "internal_error", INTERNAL_ERROR_MESSAGE, null);
    }

    /**
     * The answer to an error the framework raised, such as a 404 for a path no resource matches: its
     * status and headers are kept, its message is not shown. A response that is no error, or that
     * already has a body, is returned as it is.
     */
    public static Response fromFramework(Response response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        String code = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "record_not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "invalid_request";
        };
        Response error = error(status, code, frameworkMessage(status), null);
        return Response.fromResponse(response).entity(error.getEntity()).type(MEDIA_TYPE).build();
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
