package com.example.orders;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link InvoiceResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class InvoiceResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != InvoiceResource.class) {
            return;
        }
        switch (resourceInfo.getResourceMethod().getName()) {
            case "issue" -> context.register(new IssueEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link InvoiceResource#issue(String)} in {@link InvoiceResourceIssueEnvelope}.
     */
    private static final class IssueEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Long data)) {
                MetaResponses.answerNullResult(response, "InvoiceResource.issue");
                return;
            }
            MetaStatus status = MetaStatus.CREATED;
            InvoiceResourceIssueEnvelope envelope =
                    new InvoiceResourceIssueEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope, MetaResponses.locationOf(request, data));
        }
    }
}
