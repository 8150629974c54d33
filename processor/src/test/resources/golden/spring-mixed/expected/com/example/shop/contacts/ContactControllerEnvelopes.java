package com.example.shop.contacts;

import com.example.shop.BarePaging;
import com.example.shop.BareResponses;
import com.example.shop.EnvelopesEndpoint;
import com.example.shop.EnvelopesEndpoints;
import com.example.shop.PublicLinks;
import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.Page;
import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Answers the enveloped handler methods of {@link ContactController} in the bare style: one
 * {@link EnvelopesEndpoint} per method, found by its {@code Method}, which is looked up once, when
 * the application starts.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class ContactControllerEnvelopes {
    private ContactControllerEnvelopes() {
    }

    /**
     * The endpoints of the controller's enveloped methods, by method, with the keys of their cursors
     * from the application's {@code properties}.
     */
    public static Map<Method, EnvelopesEndpoint> endpoints(Function<String, Object> properties) {
        return Map.ofEntries(
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "list", Cursor.class, int.class), new ListEndpoint(CursorKey.forEndpoint(properties, "com.example.shop.contacts.ContactController.list"))),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "get", long.class), new GetEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "lookup", String.class), new LookupEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "search", String.class), new SearchEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "initials", String.class), new InitialsEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "create", NewContact.class), new CreateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "update", long.class, NewContact.class), new UpdateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(ContactController.class, "avatar", long.class), new AvatarEndpoint()));
    }

    /**
     * Wraps the answer of {@link ContactController#list(Cursor, int)} in {@link ContactControllerListEnvelope}.
     */
    private static final class ListEndpoint extends EnvelopesEndpoint {
        /**
         * The {@code defaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 2;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 50;

        /**
         * Signs the cursors of the answers and checks those of the requests.
         */
        private final CursorKey cursorKey;

        ListEndpoint(CursorKey cursorKey) {
            super(Style.BARE, ContactControllerListEnvelope.class, "cursor", "limit");
            this.cursorKey = cursorKey;
        }

        @Override
        public void check(HttpServletRequest request) {
            BarePaging.read(request, DEFAULT_LIMIT, MAX_LIMIT, cursorKey);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Page<?> page)) {
                throw new IllegalStateException("ContactController.list returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // ContactController.list returns exactly this type
            List<Contact> data = (List<Contact>) page.items();
            if (page.total() == 0) {
                return BareResponses.answerNoContent(response);
            }
            String cursor = BarePaging.next(request, data.size(), page.total(), cursorKey);
            return BareResponses.answer(response,
                    new ContactControllerListEnvelope(cursor, data.size(), page.total(), cursor != null, data));
        }
    }

    /**
     * Wraps the answer of {@link ContactController#get(long)} in {@link ContactControllerGetEnvelope}.
     */
    private static final class GetEndpoint extends EnvelopesEndpoint {
        GetEndpoint() {
            super(Style.BARE, ContactControllerGetEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Contact data = (Contact) result;
            if (data == null) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, new ContactControllerGetEnvelope(data));
        }
    }

    /**
     * Wraps the answer of {@link ContactController#lookup(String)} in {@link ContactControllerLookupEnvelope}.
     */
    private static final class LookupEndpoint extends EnvelopesEndpoint {
        LookupEndpoint() {
            super(Style.BARE, ContactControllerLookupEnvelope.class, "email");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Optional<?> optional = (Optional<?>) result;
            Contact data = (Contact) (optional == null ? null : optional.orElse(null));
            if (data == null) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, new ContactControllerLookupEnvelope(data));
        }
    }

    /**
     * Wraps the answer of {@link ContactController#search(String)} in {@link ContactControllerSearchEnvelope}.
     */
    private static final class SearchEndpoint extends EnvelopesEndpoint {
        SearchEndpoint() {
            super(Style.BARE, ContactControllerSearchEnvelope.class, "name");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (result == null) {
                throw new IllegalStateException("ContactController.search returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // ContactController.search returns exactly this type
            List<Contact> data = (List<Contact>) result;
            if (data.isEmpty()) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, new ContactControllerSearchEnvelope(data));
        }
    }

    /**
     * Answers {@link ContactController#initials(String)} with its value as it is.
     */
    private static final class InitialsEndpoint extends EnvelopesEndpoint {
        InitialsEndpoint() {
            super(Style.BARE, Object.class, "of");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (result == null) {
                throw new IllegalStateException("ContactController.initials returned null, which its envelope cannot hold");
            }
            char[] data = (char[]) result;
            if (data.length == 0) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, data);
        }
    }

    /**
     * Wraps the answer of {@link ContactController#create(NewContact)} in {@link ContactControllerCreateEnvelope}.
     */
    private static final class CreateEndpoint extends EnvelopesEndpoint {
        CreateEndpoint() {
            super(Style.BARE, ContactControllerCreateEnvelope.class, "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Long id)) {
                throw new IllegalStateException("ContactController.create returned null, which its envelope cannot hold");
            }
            return BareResponses.answer(response, new ContactControllerCreateEnvelope(id));
        }
    }

    /**
     * Answers {@link ContactController#update(long, NewContact)} with its value as it is.
     */
    private static final class UpdateEndpoint extends EnvelopesEndpoint {
        UpdateEndpoint() {
            super(Style.BARE, Object.class, "id", "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            // An empty 200.
            return null;
        }
    }

    /**
     * Answers {@link ContactController#avatar(long)} with its value as it is.
     */
    private static final class AvatarEndpoint extends EnvelopesEndpoint {
        AvatarEndpoint() {
            super(Style.BARE, Object.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            String data = (String) result;
            if (data == null) {
                return BareResponses.answerNoContent(response);
            }
            return BareResponses.answer(response, data);
        }
    }
}
