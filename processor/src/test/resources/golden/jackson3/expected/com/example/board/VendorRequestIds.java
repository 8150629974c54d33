package com.example.board;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import javax.annotation.processing.Generated;

/**
 * Answers the request id on the way out: in the {@code X-Request-Id} header of every answer to a request
 * that has one ({@link VendorRequests} found it the vendor's, or a vendor answer asked for it) and of every
 * vendor error, and as the {@code request_uuid} of a {@link VendorError}, which the exception mapper builds
 * without one. The other styles' answers get none.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorRequestIds implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VendorRequests.REQUEST_ID) == null && !(response.getEntity() instanceof VendorError)) {
            return;
        }
        String id = VendorResponses.requestIdOf(request);
        response.getHeaders().putSingle(VendorResponses.REQUEST_ID_HEADER, id);
        if (response.getEntity() instanceof VendorError error && error.requestUuid() == null) {
            response.setEntity(error.withRequestUuid(id));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, VendorResponses.MEDIA_TYPE);
        }
    }
}
