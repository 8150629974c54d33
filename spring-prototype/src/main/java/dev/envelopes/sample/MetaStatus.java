package dev.envelopes.sample;

import dev.envelopes.HttpStatusPhrases;
import javax.annotation.processing.Generated;

/**
 * The statuses of the API in the meta envelope: each HTTP status with its reason phrase,
 * and the API code and message that responses with that status carry in {@code code} and
 * {@code message}.
 *
 * <p>The codes come from the {@code @ResponseCode}s of {@link SampleApplication}; a status without one answers with
 * its own number as the code and its reason phrase as the message.
 *
 * @param statusCode the HTTP status
 * @param statusMessage its reason phrase
 * @param code the API code
 * @param message the text of the code
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public record MetaStatus(int statusCode, String statusMessage, int code, String message) {
    /**
     * 200 OK.
     */
    public static final MetaStatus OK = new MetaStatus(200, "OK", 602, "Request OK");

    /**
     * 201 Created.
     */
    public static final MetaStatus CREATED = new MetaStatus(201, "Created", 603, "Resource created");

    /**
     * 400 Bad Request.
     */
    public static final MetaStatus BAD_REQUEST = new MetaStatus(400, "Bad Request", 1001, "Invalid request");

    /**
     * 401 Unauthorized.
     */
    public static final MetaStatus UNAUTHORIZED = new MetaStatus(401, "Unauthorized", 1002, "Authentication required");

    /**
     * 403 Forbidden.
     */
    public static final MetaStatus FORBIDDEN = new MetaStatus(403, "Forbidden", 1003, "Permission denied");

    /**
     * 404 Not Found.
     */
    public static final MetaStatus NOT_FOUND = new MetaStatus(404, "Not Found", 1004, "Resource not found");

    /**
     * 409 Conflict.
     */
    public static final MetaStatus CONFLICT = new MetaStatus(409, "Conflict", 1005, "Resource already exists");

    /**
     * 413 Content Too Large.
     */
    public static final MetaStatus CONTENT_TOO_LARGE = new MetaStatus(413, "Content Too Large", 413, "Content Too Large");

    /**
     * 415 Unsupported Media Type.
     */
    public static final MetaStatus UNSUPPORTED_MEDIA_TYPE = new MetaStatus(415, "Unsupported Media Type", 415, "Unsupported Media Type");

    /**
     * 422 Unprocessable Content.
     */
    public static final MetaStatus UNPROCESSABLE_CONTENT = new MetaStatus(422, "Unprocessable Content", 422, "Unprocessable Content");

    /**
     * 429 Too Many Requests.
     */
    public static final MetaStatus TOO_MANY_REQUESTS = new MetaStatus(429, "Too Many Requests", 1006, "Rate limit exceeded");

    /**
     * 500 Internal Server Error.
     */
    public static final MetaStatus INTERNAL_SERVER_ERROR = new MetaStatus(500, "Internal Server Error", 1000, "Internal error");

    /**
     * The row of {@code statusCode}; a status outside the table answers with its own number as
     * the code and its registered reason phrase as both messages, or {@code reasonPhrase} for
     * a status the IANA registry does not name.
     */
    public static MetaStatus of(int statusCode, String reasonPhrase) {
        return switch (statusCode) {
            case 200 -> OK;
            case 201 -> CREATED;
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE_CONTENT;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_SERVER_ERROR;
            default -> {
                // The framework does not know every registered phrase (423, 451, 507, ...).
                String phrase = HttpStatusPhrases.of(statusCode, reasonPhrase);
                yield new MetaStatus(statusCode, phrase, statusCode, phrase);
            }
        };
    }
}
