package com.example.library;

import dev.envelopes.Page;
import dev.envelopes.PageTotals;
import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;

/**
 * Answers the enveloped handler methods of {@link BookController} in the status envelope: one
 * {@link EnvelopesEndpoint} per method, found by its {@code Method}, which is looked up once, when
 * the application starts.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class BookControllerEnvelopes {
    private BookControllerEnvelopes() {
    }

    /**
     * The endpoints of the controller's enveloped methods, by method.
     */
    public static Map<Method, EnvelopesEndpoint> endpoints() {
        return Map.ofEntries(
                Map.entry(EnvelopesEndpoints.method(BookController.class, "list", long.class, int.class), new ListEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "get", long.class), new GetEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "byTitle", String.class), new ByTitleEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "later", long.class), new LaterEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "titles"), new TitlesEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "create", Book.class), new CreateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "update", long.class, Book.class), new UpdateEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "delete", long.class), new DeleteEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "hold", long.class), new HoldEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "reserve", long.class, int.class), new ReserveEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "export"), new ExportEndpoint()),
                Map.entry(EnvelopesEndpoints.method(BookController.class, "scan", long.class), new ScanEndpoint()));
    }

    /**
     * Wraps the answer of {@link BookController#list(long, int)} in {@link BookControllerListEnvelope}.
     */
    private static final class ListEndpoint extends EnvelopesEndpoint {
        /**
         * The largest value of the method's page parameter, a long.
         */
        private static final long MAX_PAGE = Long.MAX_VALUE;

        /**
         * The {@code defaultValue} of the method's per_page parameter.
         */
        private static final int DEFAULT_LIMIT = 2;

        /**
         * The {@code maxLimit} of the method's {@code @Paginated}.
         */
        private static final int MAX_LIMIT = 20;

        ListEndpoint() {
            super(Style.STATUS, BookControllerListEnvelope.class, "page", "per_page");
        }

        @Override
        public void check(HttpServletRequest request) {
            StatusPaging.read(request, MAX_PAGE, DEFAULT_LIMIT, MAX_LIMIT);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Page<?> page)) {
                throw new IllegalStateException("BookController.list returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // BookController.list returns exactly this type
            List<Book> data = (List<Book>) page.items();
            PageTotals pagination = StatusPaging.pagination(request, page.total());
            return StatusResponses.answer(response, BookControllerListEnvelope.success(data, pagination));
        }
    }

    /**
     * Wraps the answer of {@link BookController#get(long)} in {@link BookControllerGetEnvelope}.
     */
    private static final class GetEndpoint extends EnvelopesEndpoint {
        GetEndpoint() {
            super(Style.STATUS, BookControllerGetEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Book data = (Book) result;
            return StatusResponses.answer(response, BookControllerGetEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#byTitle(String)} in {@link BookControllerByTitleEnvelope}.
     */
    private static final class ByTitleEndpoint extends EnvelopesEndpoint {
        ByTitleEndpoint() {
            super(Style.STATUS, BookControllerByTitleEnvelope.class, "title");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Optional<?> optional = (Optional<?>) result;
            Book data = (Book) (optional == null ? null : optional.orElse(null));
            return StatusResponses.answer(response, BookControllerByTitleEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#later(long)} in {@link BookControllerLaterEnvelope}.
     */
    private static final class LaterEndpoint extends EnvelopesEndpoint {
        LaterEndpoint() {
            super(Style.STATUS, BookControllerLaterEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Book data = (Book) result;
            return StatusResponses.answer(response, BookControllerLaterEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#titles()} in {@link BookControllerTitlesEnvelope}.
     */
    private static final class TitlesEndpoint extends EnvelopesEndpoint {
        TitlesEndpoint() {
            super(Style.STATUS, BookControllerTitlesEnvelope.class);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (result == null) {
                throw new IllegalStateException("BookController.titles returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // BookController.titles returns exactly this type
            List<String> data = (List<String>) result;
            return StatusResponses.answer(response, BookControllerTitlesEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#create(Book)} in {@link BookControllerCreateEnvelope}:
     * 201 with the {@code Location} of the new resource.
     */
    private static final class CreateEndpoint extends EnvelopesEndpoint {
        CreateEndpoint() {
            super(Style.STATUS, BookControllerCreateEnvelope.class, "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (!(result instanceof Long data)) {
                throw new IllegalStateException("BookController.create returned null, which its envelope cannot hold");
            }
            response.setStatus(201);
            response.setHeader(HttpHeaders.LOCATION, StatusResponses.locationOf(request, data, links));
            return StatusResponses.answer(response, BookControllerCreateEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#update(long, Book)} in {@link BookControllerUpdateEnvelope}.
     */
    private static final class UpdateEndpoint extends EnvelopesEndpoint {
        UpdateEndpoint() {
            super(Style.STATUS, BookControllerUpdateEnvelope.class, "id", "body");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            return StatusResponses.answer(response, BookControllerUpdateEnvelope.success());
        }
    }

    /**
     * Wraps the answer of {@link BookController#delete(long)} in {@link BookControllerDeleteEnvelope}.
     */
    private static final class DeleteEndpoint extends EnvelopesEndpoint {
        DeleteEndpoint() {
            super(Style.STATUS, BookControllerDeleteEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            return StatusResponses.answer(response, BookControllerDeleteEnvelope.success());
        }
    }

    /**
     * Wraps the answer of {@link BookController#hold(long)} in {@link BookControllerHoldEnvelope}:
     * the body of the {@code ResponseEntity}, whose status the envelope states; its headers are kept.
     */
    private static final class HoldEndpoint extends EnvelopesEndpoint {
        HoldEndpoint() {
            super(Style.STATUS, BookControllerHoldEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            Book data = (Book) result;
            return StatusResponses.answer(response, BookControllerHoldEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#reserve(long, int)} in {@link BookControllerReserveEnvelope}.
     */
    private static final class ReserveEndpoint extends EnvelopesEndpoint {
        ReserveEndpoint() {
            super(Style.STATUS, BookControllerReserveEnvelope.class, "id", "X-Copies");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            return StatusResponses.answer(response, BookControllerReserveEnvelope.success());
        }
    }

    /**
     * Wraps the answer of {@link BookController#export()} in {@link BookControllerExportEnvelope}.
     */
    private static final class ExportEndpoint extends EnvelopesEndpoint {
        ExportEndpoint() {
            super(Style.STATUS, BookControllerExportEnvelope.class);
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            if (result == null) {
                throw new IllegalStateException("BookController.export returned null, which its envelope cannot hold");
            }
            @SuppressWarnings("unchecked") // BookController.export returns exactly this type
            List<Book> data = (List<Book>) result;
            return StatusResponses.answer(response, BookControllerExportEnvelope.success(data));
        }
    }

    /**
     * Wraps the answer of {@link BookController#scan(long)} in {@link BookControllerScanEnvelope}.
     */
    private static final class ScanEndpoint extends EnvelopesEndpoint {
        ScanEndpoint() {
            super(Style.STATUS, BookControllerScanEnvelope.class, "id");
        }

        @Override
        public Object answer(Object result, HttpServletRequest request,
                HttpServletResponse response, PublicLinks links) {
            String data = (String) result;
            return StatusResponses.answer(response, BookControllerScanEnvelope.success(data));
        }
    }
}
