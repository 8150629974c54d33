package com.example.board;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import javax.annotation.processing.Generated;

/**
 * Answers the API's enveloped resources in their styles: register it once, for example with
 * {@code new ResourceConfig().register(EnvelopesFeature.class)}. It registers the filters of each
 * enveloped resource and the exception mapper. A runtime that finds {@code @Provider} classes
 * itself, such as Quarkus, needs no registration.
 *
 * <p>What the wire looks like is described in the Envelopes documentation:
 * the meta envelope in {@code docs/styles/meta.md},
 * the bare style in {@code docs/styles/bare.md},
 * the status envelope in {@code docs/styles/status.md},
 * the vendor style in {@code docs/styles/vendor.md}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class EnvelopesFeature implements Feature {
    /**
     * The priority of the mappers that answer the JSON and validation libraries' exceptions: ahead
     * of the libraries' own mappers for the same classes, which are registered at the default
     * priority, and behind any mapper of yours registered with a higher one.
     */
    private static final int AHEAD_OF_LIBRARY_MAPPERS = Priorities.USER - 1000;

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new CardResourceEnvelopes());
        context.register(new ColumnResourceEnvelopes());
        context.register(new DueResourceEnvelopes());
        context.register(new LabelResourceEnvelopes());
        context.register(EnvelopesExceptionMapper.class);
        context.register(new EnvelopesHeaders.ParsableHeaders(), Priorities.HEADER_DECORATOR);
        context.register(new EnvelopesHeaders.NoSniff());
        context.property("jersey.config.server.headers.location.relative.resolution.disabled", true);
        context.register(new EmptyPagingParameters());
        context.register(new VendorRequests());
        context.register(new VendorRequestIds());
        context.register(EnvelopesExceptionMapper.ConstraintViolations.class, AHEAD_OF_LIBRARY_MAPPERS);
        return true;
    }
}
