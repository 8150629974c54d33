package com.example.board;

import dev.envelopes.LinkBase;
import dev.envelopes.Page;
import dev.envelopes.PageTotals;
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
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link ColumnResource} in the status envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class ColumnResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != ColumnResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "cards" -> context.register(new CardsEndpoint());
            case "top" -> context.register(new TopEndpoint());
            case "names" -> context.register(new NamesEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link ColumnResource#cards(long, int)} in {@link ColumnResourceCardsEnvelope}.
     */
    private static final class CardsEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The largest value of the method's page parameter, a long.
         */
        private static final long MAX_PAGE = Long.MAX_VALUE;

        /**
         * The {@code @DefaultValue} of the method's per_page parameter.
         */
        private static final int DEFAULT_LIMIT = 10;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 100;

        @Override
        public void filter(ContainerRequestContext request) {
            StatusPaging.read(request, MAX_PAGE, DEFAULT_LIMIT, MAX_LIMIT);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Page<?> page)) {
                StatusResponses.answerNullResult(response, "ColumnResource.cards");
                return;
            }
            @SuppressWarnings("unchecked") // ColumnResource.cards returns exactly this type
            List<Card> data = (List<Card>) page.items();
            PageTotals pagination = StatusPaging.pagination(request, page.total());
            StatusResponses.answer(response, 200, ColumnResourceCardsEnvelope.success(data, pagination));
        }
    }

    /**
     * Wraps the answer of {@link ColumnResource#top(long)} in {@link ColumnResourceTopEnvelope}.
     */
    private static final class TopEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            Card data = (Card) response.getEntity();
            StatusResponses.answer(response, 200, ColumnResourceTopEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link ColumnResource#names()} in {@link ColumnResourceNamesEnvelope}.
     */
    private static final class NamesEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                StatusResponses.answerNullResult(response, "ColumnResource.names");
                return;
            }
            @SuppressWarnings("unchecked") // ColumnResource.names returns exactly this type
            List<String> data = (List<String>) response.getEntity();
            StatusResponses.answer(response, 200, ColumnResourceNamesEnvelope.success(data));
        }
    }
}
