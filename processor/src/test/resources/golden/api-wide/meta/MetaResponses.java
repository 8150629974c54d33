package com.example.api;

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
 * Builds the responses of the meta envelope: the answers of the resource methods, and the error
 * responses of the exception mapper and of the paging checks.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class MetaResponses {
    private static final System.Logger LOG = System.getLogger(MetaResponses.class.getName());

    /**
     * What a 500 says, whatever its cause: the cause goes to the log.
     */
    private static final String INTERNAL_ERROR_DETAIL = "The server could not complete the request; the failure has been logged.";

    private MetaResponses() {
    }

    /**
     * Whether {@code response} carries what the resource method returned: 200 with its value, or 204 when
     * it returned nothing. Errors are enveloped by the exception mapper already.
     */
    public static boolean isMethodResult(ContainerResponseContext response) {
        return response.getStatus() == 200 || response.getStatus() == 204;
    }

    /**
     * Answers with {@code envelope} as JSON, and the HTTP status it states.
     */
    public static void answer(ContainerResponseContext response, MetaStatus status,
            Object envelope) {
        response.setStatus(status.statusCode());
        response.setEntity(envelope);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Answers as {@link #answer(ContainerResponseContext, MetaStatus, Object)} does, with a {@code Location} header.
     */
    public static void answer(ContainerResponseContext response, MetaStatus status, Object envelope,
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
     * An error response with {@code status}. On a 400, {@code detailed} lists the problems as they are,
     * each naming its field; on other statuses, as sentences.
     */
    public static Response error(MetaStatus status, List<MetaFieldError> problems) {
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
        return Response.status(status.statusCode()).type(MediaType.APPLICATION_JSON_TYPE).entity(envelope).build();
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
    public static Response error(MetaStatus status, String detail) {
        return error(status, List.of(new MetaFieldError(null, detail)));
    }

    /**
     * A 500 that says nothing about its cause: no message, class or stack trace reaches the client.
     */
    public static Response internalError() {
        return error(MetaStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_DETAIL);
    }

    /**
     * The envelope of an error the framework raised, such as a 404 for a path no resource matches; its
     * status and headers (such as {@code Allow} on a 405) are kept, its message is not shown. A response
     * that is no error, or that already has a body, is returned as it is.
     */
    public static Response fromFramework(Response response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        MetaStatus status = MetaStatus.of(response.getStatus(), response.getStatusInfo().getReasonPhrase());
        Response error = error(status, frameworkDetail(status));
        return Response.fromResponse(response).entity(error.getEntity()).type(MediaType.APPLICATION_JSON_TYPE).build();
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
