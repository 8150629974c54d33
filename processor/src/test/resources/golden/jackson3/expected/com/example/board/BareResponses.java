package com.example.board;

import dev.envelopes.ErrorBounds;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.annotation.processing.Generated;

/**
 * Builds the answers of the bare style: a method's value as it is on success, and {@link BareError} on
 * error.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class BareResponses {
    private static final System.Logger LOG = System.getLogger(BareResponses.class.getName());

    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_MESSAGE = "An unexpected error occurred while processing the request";

    private BareResponses() {
    }

    /**
     * Whether {@code response} carries what the resource method returned: 200 with its value, or 204 when
     * it returned nothing. Errors are enveloped by the exception mapper already.
     */
    public static boolean isMethodResult(ContainerResponseContext response) {
        return response.getStatus() == 200 || response.getStatus() == 204;
    }

    /**
     * Answers 200 with {@code body} as JSON.
     */
    public static void answer(ContainerResponseContext response, Object body) {
        response.setStatus(200);
        response.setEntity(body);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Answers 200 with an empty body: an update, a delete or a process action.
     */
    public static void answerEmpty(ContainerResponseContext response) {
        response.setStatus(200);
        response.setEntity(null);
    }

    /**
     * Answers 204 No Content: the query found nothing.
     */
    public static void answerNoContent(ContainerResponseContext response) {
        response.setStatus(204);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
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
     * An error response with {@code status}, {@code code} and {@code message}.
     */
    public static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new BareError(code, message)).build();
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static Response internalError() {
        return error(500, "INTERNAL_ERROR", INTERNAL_ERROR_MESSAGE);
    }

    /**
     * The answer to an error the framework raised, such as a 404 for a path no resource matches: the
     * document's code for its status, with that code's status, and the framework's headers; its
     * message is not shown. A response that is no error, or that already has a body, is returned as
     * it is.
     */
    public static Response fromFramework(Response response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        int status;
        String code;
        if (response.getStatus() >= 500) {
            status = 500;
            code = "INTERNAL_ERROR";
        } else if (response.getStatus() == 401 || response.getStatus() == 403) {
            status = 401;
            code = "UNAUTHORIZED";
        } else if (response.getStatus() == 404) {
            status = 404;
            code = "NOT_FOUND";
        } else {
            status = 400;
            code = "VALIDATION_ERROR";
        }
        Response error = error(status, code, frameworkMessage(response.getStatus()));
        return Response.fromResponse(response).status(status).entity(error.getEntity()).type(MediaType.APPLICATION_JSON_TYPE).build();
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
