package com.example.shop;

import dev.envelopes.HttpStatusPhrases;
import javax.annotation.processing.Generated;

/**
 * The statuses of the API in the meta envelope: each HTTP status with its reason phrase,
 * and the API code and message that responses with that status carry in {@code code} and
 * {@code message}.
 *
 * <p>The API declares no {@code @ResponseCode}s, so each status answers with its own number as the
 * code and its reason phrase as the message.
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
    public static final MetaStatus OK = new MetaStatus(200, "OK", 200, "OK");

    /**
     * 201 Created.
     */
    public static final MetaStatus CREATED = new MetaStatus(201, "Created", 201, "Created");

    /**
     * 400 Bad Request.
     */
    public static final MetaStatus BAD_REQUEST = new MetaStatus(400, "Bad Request", 400, "Bad Request");

    /**
     * 401 Unauthorized.
     */
    public static final MetaStatus UNAUTHORIZED = new MetaStatus(401, "Unauthorized", 401, "Unauthorized");

    /**
     * 403 Forbidden.
     */
    public static final MetaStatus FORBIDDEN = new MetaStatus(403, "Forbidden", 403, "Forbidden");

    /**
     * 404 Not Found.
     */
    public static final MetaStatus NOT_FOUND = new MetaStatus(404, "Not Found", 404, "Not Found");

    /**
     * 409 Conflict.
     */
    public static final MetaStatus CONFLICT = new MetaStatus(409, "Conflict", 409, "Conflict");

    /**
     * 429 Too Many Requests.
     */
    public static final MetaStatus TOO_MANY_REQUESTS = new MetaStatus(429, "Too Many Requests", 429, "Too Many Requests");

    /**
     * 500 Internal Server Error.
     */
    public static final MetaStatus INTERNAL_SERVER_ERROR = new MetaStatus(500, "Internal Server Error", 500, "Internal Server Error");

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
