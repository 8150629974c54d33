package com.example.flow;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.Related;
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
 * Answers the enveloped methods of {@link TaskResource} in the vendor style.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class TaskResourceEnvelopes implements DynamicFeature {
    /**
     * Whether the application's cursor key was looked for already.
     */
    private final AtomicBoolean keyChecked = new AtomicBoolean();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (keyChecked.compareAndSet(false, true)) {
            CursorKey.warnIfMissing(context.getConfiguration().getProperty(CursorKey.PROPERTY));
        }
        if (resourceInfo.getResourceClass() != TaskResource.class) {
            return;
        }
        context.register(new PublicLinks(LinkBase.of(context.getConfiguration()::getProperty)), Priorities.USER - 1);
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint(CursorKey.forEndpoint(context.getConfiguration()::getProperty, "com.example.flow.TaskResource.list")));
            case "get" -> context.register(new GetEndpoint());
            case "create" -> context.register(new CreateEndpoint());
            case "update" -> context.register(new UpdateEndpoint());
        }
    }

    /**
     * Checks the query of {@link TaskResource#list(long, String, Cursor, int)} and wraps its answer in {@link TaskResourceListEnvelope}.
     */
    private static final class ListEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The query parameters the method takes.
         */
        private static final Set<String> PARAMETERS = Set.of("cursor", "include", "limit", "organization_id", "view");

        /**
         * The views the method offers, none when it declares none.
         */
        private static final Set<String> VIEWS = Set.of("default", "overdue", "upcoming");

        /**
         * The related records the method can side-load.
         */
        private static final Set<String> INCLUDES = Set.of("accounts");

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
            if (!(response.getEntity() instanceof Related<?> related)) {
                VendorResponses.answerNullResult(response, "TaskResource.list");
                return;
            }
            if (!(related.data() instanceof Page<?> page)) {
                VendorResponses.answerNullResult(response, "TaskResource.list");
                return;
            }
            @SuppressWarnings("unchecked") // TaskResource.list returns exactly this type
            List<Task> data = (List<Task>) page.items();
            VendorPaging.link(request, response, data.size(), page.total(), cursorKey);
            Set<String> included = VendorQueries.included(request);
            @SuppressWarnings("unchecked") // TaskResource.list attaches a list of Account under "accounts"
            List<Account> accounts = included.contains("accounts") ? (List<Account>) related.included().getOrDefault("accounts", List.of()) : null;
            VendorResponses.answer(response, 200, new TaskResourceListEnvelope(data, accounts, id));
        }
    }

    /**
     * Checks the query of {@link TaskResource#get(long)} and wraps its answer in {@link TaskResourceGetEnvelope}.
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
            Task data = (Task) response.getEntity();
            VendorResponses.answer(response, 200, new TaskResourceGetEnvelope(data, id));
        }
    }

    /**
     * Checks the query of {@link TaskResource#create(Task)} and wraps its answer in {@link TaskResourceCreateEnvelope}.
     */
    private static final class CreateEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
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
            if (!(response.getEntity() instanceof Long data)) {
                VendorResponses.answerNullResult(response, "TaskResource.create");
                return;
            }
            VendorResponses.answer(response, 201, new TaskResourceCreateEnvelope(data, id),
                    VendorResponses.locationOf(request, data));
        }
    }

    /**
     * Checks the query of {@link TaskResource#update(long, Task)} and wraps its answer in {@link TaskResourceUpdateEnvelope}.
     */
    private static final class UpdateEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
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
            Void data = null;
            VendorResponses.answer(response, 200, new TaskResourceUpdateEnvelope(data, id));
        }
    }
}
