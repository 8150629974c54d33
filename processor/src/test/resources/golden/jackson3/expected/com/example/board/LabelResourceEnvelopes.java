package com.example.board;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link LabelResource} in the bare style.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class LabelResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != LabelResource.class) {
            return;
        }
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint(CursorKey.forEndpoint(context.getConfiguration()::getProperty, "com.example.board.LabelResource.list")));
            case "get" -> context.register(new GetEndpoint());
            case "pinned" -> context.register(new PinnedEndpoint());
        }
    }

    /**
     * Answers {@link LabelResource#list(Cursor, int)} in the bare style.
     */
    private static final class ListEndpoint implements ContainerRequestFilter, ContainerResponseFilter {
        /**
         * The {@code @DefaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 20;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 100;

        /**
         * Signs the cursors of the answers and checks those of the requests.
         */
        private final CursorKey cursorKey;

        ListEndpoint(CursorKey cursorKey) {
            this.cursorKey = cursorKey;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            BarePaging.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof Page<?> page)) {
                BareResponses.answerNullResult(response, "LabelResource.list");
                return;
            }
            if (page.total() == 0) {
                BareResponses.answerNoContent(response);
                return;
            }
            @SuppressWarnings("unchecked") // LabelResource.list returns exactly this type
            List<Label> data = (List<Label>) page.items();
            String cursor = BarePaging.next(request, data.size(), page.total(), cursorKey);
            BareResponses.answer(response,
                    new LabelResourceListEnvelope(cursor, data.size(), page.total(), cursor != null, data));
        }
    }

    /**
     * Answers {@link LabelResource#get(String)} in the bare style.
     */
    private static final class GetEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                BareResponses.answerNoContent(response);
                return;
            }
            Label data = (Label) response.getEntity();
            BareResponses.answer(response, new LabelResourceGetEnvelope(data));
        }
    }

    /**
     * Answers {@link LabelResource#pinned()} in the bare style.
     */
    private static final class PinnedEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                BareResponses.answerNullResult(response, "LabelResource.pinned");
                return;
            }
            if (((Collection<?>) response.getEntity()).isEmpty()) {
                BareResponses.answerNoContent(response);
                return;
            }
            @SuppressWarnings("unchecked") // LabelResource.pinned returns exactly this type
            List<Label> data = (List<Label>) response.getEntity();
            BareResponses.answer(response, new LabelResourcePinnedEnvelope(data));
        }
    }
}
