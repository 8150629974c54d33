package com.example.orders;

import dev.envelopes.LinkBase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link InvoiceResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class InvoiceResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != InvoiceResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
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
