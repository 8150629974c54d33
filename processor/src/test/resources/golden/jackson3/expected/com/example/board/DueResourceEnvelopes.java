package com.example.board;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
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
 * Answers the enveloped methods of {@link DueResource} in the vendor style.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class DueResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != DueResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint(CursorKey.forEndpoint(context.getConfiguration()::getProperty, "com.example.board.DueResource.list")));
            case "get" -> context.register(new GetEndpoint());
            case "labels" -> context.register(new LabelsEndpoint());
        }
    }

    /**
     * Checks the query of {@link DueResource#list(Cursor, int)} and wraps its answer in {@link DueResourceListEnvelope}.
     */
    private static final class ListEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The query parameters the method takes.
         */
        private static final Set<String> PARAMETERS = Set.of("cursor", "limit");

        /**
         * The views the method offers, none when it declares none.
         */
        private static final Set<String> VIEWS = Set.of();

        /**
         * The related records the method can side-load.
         */
        private static final Set<String> INCLUDES = Set.of();

        /**
         * The {@code @DefaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 25;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 100;

        /**
         * The query parameters its {@code Link} repeats: those it takes.
         */
        private static final LinkQuery LINKED = LinkQuery.declared(PARAMETERS);

        /**
         * Signs the cursors of the answers and checks those of the requests.
         */
        private final CursorKey cursorKey;

        ListEndpoint(CursorKey cursorKey) {
            this.cursorKey = cursorKey;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES)) {
                VendorPaging.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey, LINKED);
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!VendorResponses.isMethodResult(response)) {
                return;
            }
            String id = VendorResponses.requestIdOf(request);
            if (!(response.getEntity() instanceof Page<?> page)) {
                VendorResponses.answerNullResult(response, "DueResource.list");
                return;
            }
            @SuppressWarnings("unchecked") // DueResource.list returns exactly this type
            List<Due> data = (List<Due>) page.items();
            VendorPaging.link(request, response, data.size(), page.total(), cursorKey);
            VendorResponses.answer(response, 200, new DueResourceListEnvelope(data, id));
        }
    }

    /**
     * Checks the query of {@link DueResource#get(long)} and wraps its answer in {@link DueResourceGetEnvelope}.
     */
    private static final class GetEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The query parameters the method takes.
         */
        private static final Set<String> PARAMETERS = Set.of();

        /**
         * The views the method offers, none when it declares none.
         */
        private static final Set<String> VIEWS = Set.of();

        /**
         * The related records the method can side-load.
         */
        private static final Set<String> INCLUDES = Set.of();

        @Override
        public void filter(ContainerRequestContext request) {
            VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!VendorResponses.isMethodResult(response)) {
                return;
            }
            String id = VendorResponses.requestIdOf(request);
            Due data = (Due) response.getEntity();
            VendorResponses.answer(response, 200, new DueResourceGetEnvelope(data, id));
        }
    }

    /**
     * Checks the query of {@link DueResource#labels()} and wraps its answer in {@link DueResourceLabelsEnvelope}.
     */
    private static final class LabelsEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The query parameters the method takes.
         */
        private static final Set<String> PARAMETERS = Set.of();

        /**
         * The views the method offers, none when it declares none.
         */
        private static final Set<String> VIEWS = Set.of();

        /**
         * The related records the method can side-load.
         */
        private static final Set<String> INCLUDES = Set.of();

        @Override
        public void filter(ContainerRequestContext request) {
            VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!VendorResponses.isMethodResult(response)) {
                return;
            }
            String id = VendorResponses.requestIdOf(request);
            if (response.getEntity() == null) {
                VendorResponses.answerNullResult(response, "DueResource.labels");
                return;
            }
            @SuppressWarnings("unchecked") // DueResource.labels returns exactly this type
            List<Label> data = (List<Label>) response.getEntity();
            VendorResponses.answer(response, 200, new DueResourceLabelsEnvelope(data, id));
        }
    }
}
