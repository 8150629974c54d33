package dev.envelopes.sample;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.envelopes.ErrorBounds;
import javax.annotation.processing.Generated;

/**
 * What went wrong when Jackson 2 read a request body, in the words every style answers with: the
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
        if (cause instanceof InvalidDefinitionException) {
            return BodyFailure.SERVER_FAULT;
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return BodyFailure.UNKNOWN_FIELD;
        }
        if (cause instanceof JsonMappingException) {
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
        if (!(cause instanceof JsonMappingException failure)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : ErrorBounds.name(path.toString());
    }
}
