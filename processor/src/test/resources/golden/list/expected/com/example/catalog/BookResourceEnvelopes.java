package com.example.catalog;

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
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link BookResource} in the meta envelope.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class BookResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != BookResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint());
            case "search" -> context.register(new SearchEndpoint());
            case "classics" -> context.register(new ClassicsEndpoint());
            case "shelf" -> context.register(new ShelfEndpoint());
            case "genres" -> context.register(new GenresEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link BookResource#list(long, int, String)} in {@link BookResourceListEnvelope}.
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
        private static final int MAX_LIMIT = 300;

        /**
         * The query parameters the method's page links repeat.
         */
        private static final LinkQuery LINKED = LinkQuery.declared(Set.of("author", "limit", "offset"));

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
                MetaResponses.answerNullResult(response, "BookResource.list");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.list returns exactly this type
            List<Book> data = (List<Book>) page.items();
            PageLinks pagination = MetaPaging.pagination(request, page.total());
            MetaStatus status = MetaStatus.OK;
            BookResourceListEnvelope envelope =
                    new BookResourceListEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, page.total(), pagination);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link BookResource#search(String, int, int)} in {@link BookResourceSearchEnvelope}.
     */
    private static final class SearchEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The largest value of the method's offset parameter, an int.
         */
        private static final long MAX_OFFSET = Integer.MAX_VALUE;

        /**
         * The {@code @DefaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 10;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 50;

        /**
         * The query parameters the method's page links repeat.
         */
        private static final LinkQuery LINKED = LinkQuery.declared(Set.of("limit", "offset", "q"));

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
                MetaResponses.answerNullResult(response, "BookResource.search");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.search returns exactly this type
            List<List<String>> data = (List<List<String>>) page.items();
            PageLinks pagination = MetaPaging.pagination(request, page.total());
            MetaStatus status = MetaStatus.OK;
            BookResourceSearchEnvelope envelope =
                    new BookResourceSearchEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, page.total(), pagination);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link BookResource#classics()} in {@link BookResourceClassicsEnvelope}.
     */
    private static final class ClassicsEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                MetaResponses.answerNullResult(response, "BookResource.classics");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.classics returns exactly this type
            List<Book> data = (List<Book>) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            BookResourceClassicsEnvelope envelope =
                    new BookResourceClassicsEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, data.size(), null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link BookResource#shelf()} in {@link BookResourceShelfEnvelope}.
     */
    private static final class ShelfEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                MetaResponses.answerNullResult(response, "BookResource.shelf");
                return;
            }
            Book[] data = (Book[]) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            BookResourceShelfEnvelope envelope =
                    new BookResourceShelfEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, data.length, null);
            MetaResponses.answer(response, status, envelope);
        }
    }

    /**
     * Wraps the answer of {@link BookResource#genres()} in {@link BookResourceGenresEnvelope}.
     */
    private static final class GenresEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!MetaResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                MetaResponses.answerNullResult(response, "BookResource.genres");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.genres returns exactly this type
            Set<String> data = (Set<String>) response.getEntity();
            MetaStatus status = MetaStatus.OK;
            BookResourceGenresEnvelope envelope =
                    new BookResourceGenresEnvelope(true, status.code(), status.message(), status.statusCode(),
                    status.statusMessage(), null, data, data.size(), null);
            MetaResponses.answer(response, status, envelope);
        }
    }
}
