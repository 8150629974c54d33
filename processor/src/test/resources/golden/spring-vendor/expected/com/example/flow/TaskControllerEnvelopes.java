package com.example.flow;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.Related;
import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;

/**
 * Answers the enveloped handler methods of {@link TaskController} in the vendor style: one
 * {@link EnvelopesEndpoint} per method, found by its {@code Method}, which is looked up once, when
 * the application starts.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class TaskControllerEnvelopes {
    private TaskControllerEnvelopes() {
    }

    /**
     * The endpoints of the controller's enveloped methods, by method, with the keys of their cursors
     * from the application's {@code properties}.
     */
    public static Map<Method, EnvelopesEndpoint> endpoints(Function<String, Object> properties) {
        return Map.ofEntries(
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "list", long.class, String.class, Cursor.class, int.class), new ListEndpoint(CursorKey.forEndpoint(properties, "com.example.flow.TaskController.list"))),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "get", long.class), new GetEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "create", Task.class), new CreateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "update", long.class, Task.class), new UpdateEndpoint()));
    }

    /**
     * Wraps the answer of {@link TaskController#list(long, String, Cursor, int)} in {@link TaskControllerListEnvelope}.
     */
    private static final class ListEndpoint extends EnvelopesEndpoint {
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
         * The {@code defaultValue} of the method's limit parameter.
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
            super(Style.VENDOR, TaskControllerListEnvelope.class, "organization_id", "view", "cursor", "limit");
            this.cursorKey = cursorKey;
        }

        @Override
        public void check(HttpServletRequest request) {
            VendorPaging.read(request, PARAMETERS, VIEWS, INCLUDES, DEFAULT_LIMIT, MAX_LIMIT, cursorKey, LINKED);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Related<?> related)) {
                throw new IllegalStateException("TaskController.list returned null, which its envelope cannot hold");
            }
            result = related.data();
            if (!(result instanceof Page<?> page)) {
                throw new IllegalStateException("TaskController.list returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // TaskController.list returns exactly this type
            List<Task> data = (List<Task>) page.items();
            String id = VendorResponses.answer(request, response, 200);
            VendorPaging.link(request, response, data.size(), page.total(), links);
            Set<String> included = VendorQueries.included(request);
            @SuppressWarnings("unchecked") // TaskController.list attaches a list of Account under "accounts"
            List<Account> accounts = included.contains("accounts") ? (List<Account>) related.included().getOrDefault("accounts", List.of()) : null;
            return new TaskControllerListEnvelope(data, accounts, id);
        }
    }

    /**
     * Wraps the answer of {@link TaskController#get(long)} in {@link TaskControllerGetEnvelope}.
     */
    private static final class GetEndpoint extends EnvelopesEndpoint {
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

        GetEndpoint() {
            super(Style.VENDOR, TaskControllerGetEnvelope.class, "id");
        }

        @Override
        public void check(HttpServletRequest request) {
            VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Task data = (Task) result;
            String id = VendorResponses.answer(request, response, 200);
            return new TaskControllerGetEnvelope(data, id);
        }
    }

    /**
     * Wraps the answer of {@link TaskController#create(Task)} in {@link TaskControllerCreateEnvelope}:
     * 201 with the {@code Location} of the new resource.
     */
    private static final class CreateEndpoint extends EnvelopesEndpoint {
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

        CreateEndpoint() {
            super(Style.VENDOR, TaskControllerCreateEnvelope.class, "body");
        }

        @Override
        public void check(HttpServletRequest request) {
            VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Long data)) {
                throw new IllegalStateException("TaskController.create returned null, which its envelope cannot hold");
            }
            String id = VendorResponses.answer(request, response, 201);
            response.setHeader(HttpHeaders.LOCATION, VendorResponses.locationOf(request, data, links));
            return new TaskControllerCreateEnvelope(data, id);
        }
    }

    /**
     * Wraps the answer of {@link TaskController#update(long, Task)} in {@link TaskControllerUpdateEnvelope}.
     */
    private static final class UpdateEndpoint extends EnvelopesEndpoint {
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

        UpdateEndpoint() {
            super(Style.VENDOR, TaskControllerUpdateEnvelope.class, "id", "body");
        }

        @Override
        public void check(HttpServletRequest request) {
            VendorQueries.check(request, PARAMETERS, VIEWS, INCLUDES);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            String id = VendorResponses.answer(request, response, 200);
            Void data = null;
            return new TaskControllerUpdateEnvelope(data, id);
        }
    }
}
