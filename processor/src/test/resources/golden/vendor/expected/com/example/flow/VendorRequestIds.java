package com.example.flow;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import javax.annotation.processing.Generated;

/**
 * Answers the request id on the way out: in the {@code X-Request-Id} header of every response, and as the
 * {@code request_uuid} of a {@link VendorError}, which the exception mapper builds without one.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorRequestIds implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = VendorResponses.requestIdOf(request);
        response.getHeaders().putSingle(VendorResponses.REQUEST_ID_HEADER, id);
        if (response.getEntity() instanceof VendorError error && error.requestUuid() == null) {
            response.setEntity(error.withRequestUuid(id), response.getEntityAnnotations(), VendorResponses.MEDIA_TYPE);
        }
    }
}
