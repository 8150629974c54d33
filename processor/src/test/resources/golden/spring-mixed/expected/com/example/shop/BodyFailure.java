package com.example.shop;

import javax.annotation.processing.Generated;

/**
 * Why a request body could not be read, whichever JSON library read it.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
enum BodyFailure {
    /**
     * No body where the handler requires one.
     */
    MISSING,

    /**
     * The body is not JSON.
     */
    NOT_JSON,

    /**
     * The body is past a limit of the JSON reader: the length of a number, name or string, or the
     * depth of nesting.
     */
    LIMITS,

    /**
     * A field the type does not have.
     */
    UNKNOWN_FIELD,

    /**
     * A value that does not fit its field, or a body of the wrong shape.
     */
    MISMATCH,

    /**
     * The type cannot be read as JSON at all: the server's fault.
     */
    SERVER_FAULT,

    /**
     * Anything else the converter failed on.
     */
    OTHER
}
