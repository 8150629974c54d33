package com.example.board;

import dev.envelopes.CursorKey;
import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.PageLinks;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link CardResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class CardResourceEnvelopes implements DynamicFeature {
    /**
     * Whether the application's cursor key was looked for already.
     */
    private final AtomicBoolean keyChecked = new AtomicBoolean();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (keyChecked.compareAndSet(false, true)) {
            CursorKey.warnIfMissing(context.getConfiguration().getProperty(CursorKey.PROPERTY));
        }
        if (resourceInfo.getResourceClass() != CardResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint());
            case "get" -> context.register(new GetEndpoint());
            case "starred" -> context.register(new StarredEndpoint());
            case "create" -> context.register(new CreateEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link CardResource#list(long, int)} in {@link CardResourceListEnvelope}.
     */
    private static final class ListEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The largest value of the method's offset parameter, a long.
         */
        private static final long MAX_OFFSET = Long.MAX_VALUE;

        /**
         * The {@code @DefaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 25;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 100;

        /**
         * The query parameters the method's page links repeat.
         */
        private static final LinkQuery LINKED = LinkQuery.declared(Set.of("limit", "offset"));

        @Override
        public void filter(ContainerRequestContext request) {
            MetaPaging.read(request, MAX_OFFSET, DEFAULT_LIMIT, MAX_LIMIT, LINKED);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Page<?> page)) {
                MetaResponses.answerNullResult(response, "CardResource.list");
                return;
            }
            @SuppressWarnings("unchecked") // CardResource.list returns exactly this type
            List<Card> data = (List<Card>) page.items();
            PageLinks pagination = MetaPaging.pagination(request, page.total());
            MetaStatus status = MetaStatus.OK;
            CardResourceListEnvelope envelope =
                    new CardResourceListEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, page.total(), pagination);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link CardResource#get(long)} in {@link CardResourceGetEnvelope}.
     */
    private static final class GetEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            Card data = (Card) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            CardResourceGetEnvelope envelope =
                    new CardResourceGetEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link CardResource#starred()} in {@link CardResourceStarredEnvelope}.
     */
    private static final class StarredEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                MetaResponses.answerNullResult(response, "CardResource.starred");
                return;
            }
            @SuppressWarnings("unchecked") // CardResource.starred returns exactly this type
            List<Card> data = (List<Card>) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            CardResourceStarredEnvelope envelope =
                    new CardResourceStarredEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, data.size(), null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link CardResource#create(Card)} in {@link CardResourceCreateEnvelope}.
     */
    private static final class CreateEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Long data)) {
                MetaResponses.answerNullResult(response, "CardResource.create");
                return;
            }
            MetaStatus status = MetaStatus.CREATED;
            CardResourceCreateEnvelope envelope =
                    new CardResourceCreateEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, null, null);
            MetaResponses.answer(response, status, envelope, MetaResponses.locationOf(request, data));
        }
    }
}
