package com.example.board;

import dev.envelopes.QualityValues;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import javax.annotation.processing.Generated;

/**
 * The filters that guard headers in every style; {@link EnvelopesFeature} registers them.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class EnvelopesHeaders {
    private EnvelopesHeaders() {
    }

    /**
     * Refuses a request whose {@code Content-Type} or {@code Accept} header cannot be parsed, or whose
     * {@code Accept} gives a weight {@link QualityValues} refuses, with a {@link BadRequestException}, which the exception mapper answers in the style. Without it, the framework finds
     * out while matching the request and answers an empty 400 that no mapper sees. It runs before
     * matching, ahead of the other filters, which may read these headers.
     */
    @PreMatching
    public static final class ParsableHeaders implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            try {
                request.getMediaType();
                for (MediaType accepted : request.getAcceptableMediaTypes()) {
                    // Some runtimes keep a weight they cannot read, and fail on it later.
                    if (!QualityValues.isValid(accepted.getParameters().get("q"))) {
                        throw new BadRequestException();
                    }
                }
            } catch (RuntimeException malformed) {
                // Which exception a runtime throws for a bad header is its own choice.
                throw new BadRequestException();
            }
        }
    }

    /**
     * Marks every answer {@code X-Content-Type-Options: nosniff}, so that no browser reads an answer
     * that repeats the client's text as anything but its declared type.
     */
    public static final class NoSniff implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        }
    }
}
