package com.example.library;

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
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link BookResource} in the status envelope.
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
            case "get" -> context.register(new GetEndpoint());
            case "byTitle" -> context.register(new ByTitleEndpoint());
            case "titles" -> context.register(new TitlesEndpoint());
            case "create" -> context.register(new CreateEndpoint());
            case "delete" -> context.register(new DeleteEndpoint());
        }
    }

    /**
     * Wraps the answer of {@link BookResource#list(long, int)} in {@link BookResourceListEnvelope}.
     */
    private static final class ListEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
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
                StatusResponses.answerNullResult(response, "BookResource.list");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.list returns exactly this type
            List<Book> data = (List<Book>) page.items();
            PageTotals pagination = StatusPaging.pagination(request, page.total());
            StatusResponses.answer(response, 200, BookResourceListEnvelope.success(data, pagination));
        }
    }

    /**
     * Wraps the answer of {@link BookResource#get(long)} in {@link BookResourceGetEnvelope}.
     */
    private static final class GetEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            Book data = (Book) response.getEntity();
            StatusResponses.answer(response, 200, BookResourceGetEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookResource#byTitle(String)} in {@link BookResourceByTitleEnvelope}.
     */
    private static final class ByTitleEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            Optional<?> result = (Optional<?>) response.getEntity();
            Book data = (Book) (result == null ? null : result.orElse(null));
            StatusResponses.answer(response, 200, BookResourceByTitleEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookResource#titles()} in {@link BookResourceTitlesEnvelope}.
     */
    private static final class TitlesEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                StatusResponses.answerNullResult(response, "BookResource.titles");
                return;
            }
            @SuppressWarnings("unchecked") // BookResource.titles returns exactly this type
            List<String> data = (List<String>) response.getEntity();
            StatusResponses.answer(response, 200, BookResourceTitlesEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookResource#create(Book)} in {@link BookResourceCreateEnvelope}.
     */
    private static final class CreateEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Long data)) {
                StatusResponses.answerNullResult(response, "BookResource.create");
                return;
            }
            StatusResponses.answer(response, 201, BookResourceCreateEnvelope.success(data), StatusResponses.locationOf(request, data));
        }
    }

    /**
     * Wraps the answer of {@link BookResource#delete(long)} in {@link BookResourceDeleteEnvelope}.
     */
    private static final class DeleteEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!StatusResponses.isMethodResult(response)) {
                return;
            }
            StatusResponses.answer(response, 200, BookResourceDeleteEnvelope.success());
        }
    }
}
