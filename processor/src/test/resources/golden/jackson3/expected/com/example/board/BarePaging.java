package com.example.board;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.PageQuery;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Cursor paging in the bare style: checks the {@code cursor} and {@code limit} query parameters before a
 * paged resource method runs, and makes the cursor of the next page for its answer.
 *
 * <p>An absent or empty parameter takes its default: the first page, and the limit parameter's
 * {@code @DefaultValue}. A cursor must be one an earlier answer gave to a request with the same
 * filters, as its signature shows ({@link CursorKey}); a limit a plain whole number ({@code 0-9}, at most
 * 19 digits) in range; each given once. Otherwise the request is answered with
 * a 400 {@code VALIDATION_ERROR} naming the parameter, and the resource method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class BarePaging {
    /**
     * The request property that carries the checked page to the answer.
     */
    private static final String PAGE = BarePaging.class.getName() + ".page";

    private BarePaging() {
    }

    /**
     * Checks the request's cursor and limit and keeps them for {@link #next}, or aborts the request
     * with a 400 that names each parameter at fault.
     *
     * @param request the request
     * @param defaultLimit the limit of a request that gives none
     * @param maxLimit the largest limit a request may ask for
     * @param cursorKey the key that signed the cursors of earlier answers
     */
    public static void read(ContainerRequestContext request, int defaultLimit, int maxLimit,
            CursorKey cursorKey) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Cursor cursor = PageQuery.cursor(cursorKey, request.getUriInfo().getPathParameters(), query);
        long limit = PageQuery.number(query.get("limit"), defaultLimit, 1, maxLimit);
        List<String> problems = new ArrayList<>();
        if (cursor == null) {
            problems.add("cursor: must be given at most once, as the cursor of an earlier answer");
        }
        if (limit == PageQuery.INVALID) {
            problems.add("limit: must be given at most once, as a whole number from 1 to " + maxLimit);
        }
        if (problems.isEmpty()) {
            request.setProperty(PAGE, new Window(cursor.offset(), (int) limit));
        } else {
            request.abortWith(BareResponses.error(400, "VALIDATION_ERROR", String.join("; ", problems)));
        }
    }

    /**
     * The cursor of the page after the one the request asked for, which holds {@code size} of
     * {@code total} records; {@code null} when it is the last page. It is signed for the request's filters.
     */
    public static String next(ContainerRequestContext request, int size, long total,
            CursorKey cursorKey) {
        Window page = (Window) request.getProperty(PAGE);
        return cursorKey.sealNext(page.offset(), size, total, request.getUriInfo().getPathParameters(),
                request.getUriInfo().getQueryParameters());
    }

    /**
     * A checked page: where it starts and how many records it holds at most.
     *
     * @param offset the number of records before the page
     * @param limit the largest number of records on the page
     */
    private record Window(long offset, int limit) {
    }
}
