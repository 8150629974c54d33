package dev.envelopes.processor.model;

/**
 * One {@code @ResponseCode}: responses with {@code status} carry {@code code} and {@code message}.
 *
 * @param status the HTTP status
 * @param code the API code
 * @param message the text of the code
 * @param origin the {@code @ResponseCode} annotation
 */
public record ResponseCodeRow(int status, int code, String message, Origin origin) {}
