package com.example.board;

import dev.envelopes.ErrorBounds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Builds the answers of the status envelope: {@code success} from the resource method's value,
 * {@link StatusFailure} for input that does not validate, {@link StatusError} for every other error.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class StatusResponses {
    private static final System.Logger LOG = System.getLogger(StatusResponses.class.getName());

    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "The server could not complete the request; the failure has been logged.";

    private StatusResponses() {
    }

    /**
     * Whether {@code response} carries what the resource method returned: 200 with its value, or 204 when
     * it returned nothing. Errors are enveloped by the exception mapper already.
     */
    public static boolean isMethodResult(ContainerResponseContext response) {
        return response.getStatus() == 200 || response.getStatus() == 204;
    }

    /**
     * Answers with {@code envelope} as JSON and {@code status}.
     */
    public static void answer(ContainerResponseContext response, int status, Object envelope) {
        response.setStatus(status);
        response.setEntity(envelope);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
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
     * An {@code error} answer with {@code status}; {@code code} is left out when {@code null}.
     */
    public static Response error(int status, String message, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new StatusError("error", message, List.of(), code)).build();
    }

    /**
     * A {@code failure} answer, 422, listing the attributes at fault in both {@code data} and
     * {@code errors}; {@code code} is left out when {@code null}.
     */
    public static Response failure(String message, List<StatusAttributeErrors> errors,
            String code) {
        List<StatusAttributeErrors> listed = bounded(errors);
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new StatusFailure("failure", listed, message, listed, code)).build();
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
    public static Response failure(String attribute, String message) {
        return failure("The request is not valid.", List.of(new StatusAttributeErrors(attribute, List.of(message))), null);
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static Response internalError() {
        return error(500, INTERNAL_ERROR_MESSAGE, null);
    }

    /**
     * The {@code error} answer to an error the framework raised, such as a 404 for a path no resource
     * matches: its status and headers are kept, its message is not shown. A response that is no error,
     * or that already has a body, is returned as it is.
     */
    public static Response fromFramework(Response response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        Response error = error(response.getStatus(), frameworkMessage(response.getStatus()), null);
        return Response.fromResponse(response).entity(error.getEntity()).type(MediaType.APPLICATION_JSON_TYPE).build();
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
