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
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link OrderResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class OrderResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != OrderResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "create" -> context.register(new CreateEndpoint());
            case "createBatch" -> context.register(new CreateBatchEndpoint());
            case "replace" -> context.register(new ReplaceEndpoint());
            case "changeQuantity" -> context.register(new ChangeQuantityEndpoint());
            case "cancel" -> context.register(new CancelEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#create(NewOrder)} in {@link OrderResourceCreateEnvelope}.
     */
    private static final class CreateEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof UUID data)) {
                MetaResponses.answerNullResult(response, "OrderResource.create");
                return;
            }
            MetaStatus status = MetaStatus.CREATED;
            OrderResourceCreateEnvelope envelope =
                    new OrderResourceCreateEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope, MetaResponses.locationOf(request, data));
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#createBatch(List)} in {@link OrderResourceCreateBatchEnvelope}.
     */
    private static final class CreateBatchEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                MetaResponses.answerNullResult(response, "OrderResource.createBatch");
                return;
            }
            @SuppressWarnings("unchecked") // OrderResource.createBatch returns exactly this type
            List<UUID> data = (List<UUID>) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            OrderResourceCreateBatchEnvelope envelope =
                    new OrderResourceCreateBatchEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, data.size(), null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#replace(UUID, NewOrder)} in {@link OrderResourceReplaceEnvelope}.
     */
    private static final class ReplaceEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            Order data = (Order) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            OrderResourceReplaceEnvelope envelope =
                    new OrderResourceReplaceEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#changeQuantity(UUID, int)} in {@link OrderResourceChangeQuantityEnvelope}.
     */
    private static final class ChangeQuantityEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            MetaStatus status = MetaStatus.OK;
            OrderResourceChangeQuantityEnvelope envelope =
                    new OrderResourceChangeQuantityEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, null, null, null);
            MetaResponses.answer(response, status, envelope,
                    PublicLinks.location(request, RequestUris.sentPathBuilder(request).build()));
        }
    }

    /**
     * Wraps the answer of {@link OrderResource#cancel(UUID)} in {@link OrderResourceCancelEnvelope}.
     */
    private static final class CancelEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            MetaStatus status = MetaStatus.OK;
            OrderResourceCancelEnvelope envelope =
                    new OrderResourceCancelEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, null, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }
}
