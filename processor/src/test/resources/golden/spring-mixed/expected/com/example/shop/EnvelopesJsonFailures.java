package com.example.shop;

import dev.envelopes.ErrorBounds;
import javax.annotation.processing.Generated;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What went wrong when Jackson 3 read a request body, in the words every style answers with: the
 * one file of the Spring glue that names the JSON library, rendered for the Jackson the build has.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopesJsonFailures {
    private EnvelopesJsonFailures() {
    }

    /**
     * What kind of failure {@code cause}, the cause of Spring's {@code HttpMessageNotReadableException},
     * is.
     */
    static BodyFailure kindOf(Throwable cause) {
        if (cause == null) {
            return BodyFailure.MISSING;
        }
        if (cause instanceof StreamConstraintsException || cause.getCause() instanceof StreamConstraintsException) {
            return BodyFailure.LIMITS;
        }
        if (cause instanceof InvalidDefinitionException) {
            return BodyFailure.SERVER_FAULT;
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return BodyFailure.UNKNOWN_FIELD;
        }
        if (cause instanceof DatabindException) {
            return BodyFailure.MISMATCH;
        }
        if (cause instanceof StreamReadException) {
            return BodyFailure.NOT_JSON;
        }
        return BodyFailure.OTHER;
    }

    /**
     * The path in the request body where reading failed, such as {@code items[2].name}, or {@code null}.
     */
    static String pathOf(Throwable cause) {
        if (!(cause instanceof JacksonException failure)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : ErrorBounds.name(path.toString());
    }
}
