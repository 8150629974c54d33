package com.example.library;

import dev.envelopes.PageQuery;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Drops the paging parameters a request gives once with an empty value before it is matched, as
 * {@link PageQuery#withoutEmpty} describes: each style takes them as absent, and so the resource method
 * gets their default on every runtime. {@link EnvelopesFeature} registers it.
 */
@PreMatching
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class EmptyPagingParameters implements ContainerRequestFilter {
    /**
     * The query parameters the API's paged methods read their page from.
     */
    private static final Set<String> PAGING_PARAMETERS = Set.of("page", "per_page");

    @Override
    public void filter(ContainerRequestContext request) {
        URI requested = RequestUris.current(request);
        URI kept = PageQuery.withoutEmpty(requested, PAGING_PARAMETERS);
        if (kept != requested) {
            RequestUris.rewrite(request, kept);
        }
    }
}
