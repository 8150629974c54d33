package com.example.crm.contacts;

import com.example.crm.BarePaging;
import com.example.crm.BareResponses;
import com.example.crm.EnvelopesFeature;
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
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped methods of {@link ContactResource} in the bare style.
 *
 * <p>{@link EnvelopesFeature} registers it; at startup Jakarta REST asks it about each resource method, and it
 * gives each enveloped method the filters below. A {@code @Provider} too, for the runtimes
 * that find providers by their annotation and take no dynamic feature from a feature, such
 * as Quarkus.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class ContactResourceEnvelopes implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() != ContactResource.class) {
            return;
        }
        switch (resourceInfo.getResourceMethod().getName()) {
            case "list" -> context.register(new ListEndpoint(CursorKey.forEndpoint(context.getConfiguration()::getProperty, "com.example.crm.contacts.ContactResource.list")));
            case "get" -> context.register(new GetEndpoint());
            case "lookup" -> context.register(new LookupEndpoint());
            case "search" -> context.register(new SearchEndpoint());
            case "initials" -> context.register(new InitialsEndpoint());
            case "create" -> context.register(new CreateEndpoint());
            case "update" -> context.register(new UpdateEndpoint());
            case "delete" -> context.register(new DeleteEndpoint());
        }
    }

    /**
     * Answers {@link ContactResource#list(Cursor, int)} in the bare style.
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
                BareResponses.answerNullResult(response, "ContactResource.list");
                return;
            }
            if (page.total() == 0) {
                BareResponses.answerNoContent(response);
                return;
            }
            @SuppressWarnings("unchecked") // ContactResource.list returns exactly this type
            List<Contact> data = (List<Contact>) page.items();
            String cursor = BarePaging.next(request, data.size(), page.total(), cursorKey);
            BareResponses.answer(response,
                    new ContactResourceListEnvelope(cursor, data.size(), page.total(), cursor != null, data));
        }
    }

    /**
     * Answers {@link ContactResource#get(UUID)} in the bare style.
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
            Contact data = (Contact) response.getEntity();
            BareResponses.answer(response, new ContactResourceGetEnvelope(data));
        }
    }

    /**
     * Answers {@link ContactResource#lookup(String)} in the bare style.
     */
    private static final class LookupEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            Optional<?> result = (Optional<?>) response.getEntity();
            if (result == null || result.isEmpty()) {
                BareResponses.answerNoContent(response);
                return;
            }
            Contact data = (Contact) result.get();
            BareResponses.answer(response, new ContactResourceLookupEnvelope(data));
        }
    }

    /**
     * Answers {@link ContactResource#search(String)} in the bare style.
     */
    private static final class SearchEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                BareResponses.answerNullResult(response, "ContactResource.search");
                return;
            }
            if (((Collection<?>) response.getEntity()).isEmpty()) {
                BareResponses.answerNoContent(response);
                return;
            }
            @SuppressWarnings("unchecked") // ContactResource.search returns exactly this type
            List<Contact> data = (List<Contact>) response.getEntity();
            BareResponses.answer(response, new ContactResourceSearchEnvelope(data));
        }
    }

    /**
     * Answers {@link ContactResource#initials()} in the bare style.
     */
    private static final class InitialsEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (response.getEntity() == null) {
                BareResponses.answerNullResult(response, "ContactResource.initials");
                return;
            }
            if (((char[]) response.getEntity()).length == 0) {
                BareResponses.answerNoContent(response);
                return;
            }
            BareResponses.answer(response, response.getEntity());
        }
    }

    /**
     * Answers {@link ContactResource#create(Contact)} in the bare style.
     */
    private static final class CreateEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            if (!(response.getEntity() instanceof UUID id)) {
                BareResponses.answerNullResult(response, "ContactResource.create");
                return;
            }
            BareResponses.answer(response, new ContactResourceCreateEnvelope(id));
        }
    }

    /**
     * Answers {@link ContactResource#update(UUID, Contact)} in the bare style.
     */
    private static final class UpdateEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            BareResponses.answerEmpty(response);
        }
    }

    /**
     * Answers {@link ContactResource#delete(UUID)} in the bare style.
     */
    private static final class DeleteEndpoint implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!BareResponses.isMethodResult(response)) {
                return;
            }
            BareResponses.answerEmpty(response);
        }
    }
}
