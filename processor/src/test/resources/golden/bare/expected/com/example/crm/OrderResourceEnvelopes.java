package com.example.crm;

import dev.envelopes.CursorKey;
import dev.envelopes.LinkBase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link OrderResource} in the style each chooses.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class OrderResourceEnvelopes implements DynamicFeature {
    /**
     * Whether the application's cursor key was looked for already.
     */
    private final AtomicBoolean keyChecked = new AtomicBoolean();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (keyChecked.compareAndSet(false, true)) {
            CursorKey.warnIfMissing(context.getConfiguration().getProperty(CursorKey.PROPERTY));
        }
        if (resourceInfo.getResourceClass() != OrderResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "get" -> context.register(new GetEndpoint());
            case "status" -> context.register(new StatusEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#get(long)} in {@link OrderResourceGetEnvelope}.
     */
    private static final class GetEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            String data = (String) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            OrderResourceGetEnvelope envelope =
                    new OrderResourceGetEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Answers {@link OrderResource#status(long)} in the bare style.
     */
    private static final class StatusEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                BareResponses.answerNoContent(response);
                return;
            }
            BareResponses.answer(response, response.getEntity());
        }
    }
}
