package com.example.tasks;

import dev.envelopes.LinkQuery;
import dev.envelopes.Page;
import dev.envelopes.PageLinks;
import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Answers the enveloped handler methods of {@link TaskController} in the meta envelope: one
 * {@link EnvelopesEndpoint} per method, found by its {@code Method}, which is looked up once, when
 * the application starts.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class TaskControllerEnvelopes {
    private TaskControllerEnvelopes() {
    }

    /**
     * The endpoints of the controller's enveloped methods, by method.
     */
    public static Map<Method, EnvelopesEndpoint> endpoints() {
        return Map.ofEntries(
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "list", long.class, Boolean.class, int.class, int.class), new ListEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "get", long.class, long.class), new GetEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "later", long.class, long.class), new LaterEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "create", long.class, NewTask.class), new CreateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "update", long.class, long.class, TaskChanges.class), new UpdateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "remind", long.class, long.class), new RemindEndpoint()),
                Map.entry(EnvelopesEndpoints.method(TaskController.class, "titles", long.class), new TitlesEndpoint()));
    }

    /**
     * Wraps the answer of {@link TaskController#list(long, Boolean, int, int)} in {@link TaskControllerListEnvelope}.
     */
    private static final class ListEndpoint extends EnvelopesEndpoint {
        /**
         * The largest value of the method's offset parameter, an int.
         */
        private static final long MAX_OFFSET = Integer.MAX_VALUE;

        /**
         * The {@code defaultValue} of the method's limit parameter.
         */
        private static final int DEFAULT_LIMIT = 10;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 50;

        /**
         * The query parameters the method's page links repeat.
         */
        private static final LinkQuery LINKED = LinkQuery.declared(Set.of("done", "limit", "offset"));

        ListEndpoint() {
            super(Style.META, TaskControllerListEnvelope.class, "projectId", "done", "offset", "limit");
        }

        @Override
        public void check(HttpServletRequest request) {
            MetaPaging.read(request, MAX_OFFSET, DEFAULT_LIMIT, MAX_LIMIT, LINKED);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Page<?> page)) {
                throw new IllegalStateException("TaskController.list returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // TaskController.list returns exactly this type
            List<Task> data = (List<Task>) page.items();
            PageLinks pagination = MetaPaging.pagination(request, page.total(), links);
            MetaStatus status = MetaStatus.OK;
            return MetaResponses.answer(response, new TaskControllerListEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, page.total(), pagination));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#get(long, long)} in {@link TaskControllerGetEnvelope}.
     */
    private static final class GetEndpoint extends EnvelopesEndpoint {
        GetEndpoint() {
            super(Style.META, TaskControllerGetEnvelope.class, "projectId", "taskId");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Task data = (Task) result;
            MetaStatus status = MetaStatus.OK;
            return MetaResponses.answer(response, new TaskControllerGetEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, null, null));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#later(long, long)} in {@link TaskControllerLaterEnvelope}.
     */
    private static final class LaterEndpoint extends EnvelopesEndpoint {
        LaterEndpoint() {
            super(Style.META, TaskControllerLaterEnvelope.class, "projectId", "taskId");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Task data = (Task) result;
            MetaStatus status = MetaStatus.OK;
            return MetaResponses.answer(response, new TaskControllerLaterEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, null, null));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#create(long, NewTask)} in {@link TaskControllerCreateEnvelope}:
     * 201 with the {@code Location} of the new resource.
     */
    private static final class CreateEndpoint extends EnvelopesEndpoint {
        CreateEndpoint() {
            super(Style.META, TaskControllerCreateEnvelope.class, "projectId", "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Long data)) {
                throw new IllegalStateException("TaskController.create returned null, which its envelope cannot hold");
            }
            MetaStatus status = MetaStatus.CREATED;
            response.setStatus(status.statusCode());
            response.setHeader(HttpHeaders.LOCATION, MetaResponses.locationOf(request, data, links));
            return MetaResponses.answer(response, new TaskControllerCreateEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, null, null));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#update(long, long, TaskChanges)} in {@link TaskControllerUpdateEnvelope}:
     * 200 with the {@code Location} of the changed resource.
     */
    private static final class UpdateEndpoint extends EnvelopesEndpoint {
        UpdateEndpoint() {
            super(Style.META, TaskControllerUpdateEnvelope.class, "projectId", "taskId", "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            MetaStatus status = MetaStatus.OK;
            response.setHeader(HttpHeaders.LOCATION, links.link(request, PublicLinks.requestPath(request)));
            return MetaResponses.answer(response, new TaskControllerUpdateEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, null, null, null));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#remind(long, long)} in {@link TaskControllerRemindEnvelope}:
     * the body of the {@code ResponseEntity}, whose status the envelope states; its headers are kept.
     */
    private static final class RemindEndpoint extends EnvelopesEndpoint {
        RemindEndpoint() {
            super(Style.META, TaskControllerRemindEnvelope.class, "projectId", "taskId");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Task data = (Task) result;
            HttpStatus known = HttpStatus.resolve(response.getStatus());
            MetaStatus status = MetaStatus.of(response.getStatus(), known == null ? "Unknown" : known.getReasonPhrase());
            return MetaResponses.answer(response, new TaskControllerRemindEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, null, null));
        }
    }

    /**
     * Wraps the answer of {@link TaskController#titles(long)} in {@link TaskControllerTitlesEnvelope}.
     */
    private static final class TitlesEndpoint extends EnvelopesEndpoint {
        TitlesEndpoint() {
            super(Style.META, TaskControllerTitlesEnvelope.class, "projectId");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (result == null) {
                throw new IllegalStateException("TaskController.titles returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // TaskController.titles returns exactly this type
            List<String> data = (List<String>) result;
            MetaStatus status = MetaStatus.OK;
            return MetaResponses.answer(response, new TaskControllerTitlesEnvelope(true, status.code(), status.message(),
                    status.statusCode(), status.statusMessage(), null, data, data.size(), null));
        }
    }
}
