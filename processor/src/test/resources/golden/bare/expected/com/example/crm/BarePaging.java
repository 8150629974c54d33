package com.example.crm;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
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

    /**
     * What {@link #parse} answers for a value it refuses.
     */
    private static final long INVALID = -1;

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
        Cursor cursor = cursor(request, cursorKey);
        long limit = parse(query.get("limit"), defaultLimit, 1, maxLimit);
        List<String> problems = new ArrayList<>();
        if (cursor == null) {
            problems.add("cursor: must be given at most once, as the cursor of an earlier answer");
        }
        if (limit == INVALID) {
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
        // Written as a difference, which cannot overflow near Long.MAX_VALUE.
        if (size == 0 || page.offset() >= total || total - page.offset() <= size) {
            return null;
        }
        return cursorKey.seal(new Cursor(page.offset() + size), request.getUriInfo().getPathParameters(), request.getUriInfo().getQueryParameters());
    }

    /**
     * The cursor of the request: the first page when the parameter is absent or empty, {@code null}
     * when it is given twice or is not a cursor {@code cursorKey} signed for the same path
     * parameters and filters, or it expired.
     */
    private static Cursor cursor(ContainerRequestContext request, CursorKey cursorKey) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<String> values = query.get("cursor");
        if (values == null || values.isEmpty()) {
            return Cursor.FIRST;
        }
        if (values.size() > 1) {
            return null;
        }
        try {
            return cursorKey.open(values.get(0), request.getUriInfo().getPathParameters(), query);
        } catch (IllegalArgumentException notACursor) {
            return null;
        }
    }

    /**
     * The value of a query parameter given at most once as a plain whole number from {@code min} to
     * {@code max}: {@code fallback} when it is absent or empty, and {@link #INVALID} when it is anything
     * else.
     */
    private static long parse(List<String> values, long fallback, long min, long max) {
        if (values == null || values.isEmpty() || (values.size() == 1 && values.get(0).isEmpty())) {
            return fallback;
        }
        String value = values.get(0);
        if (values.size() > 1 || value.length() > 19) {
            return INVALID;
        }
        for (int i = 0; i < value.length(); i++) {
            // Only ASCII digits: Long.parseLong would also take a sign and other scripts' digits.
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return INVALID;
            }
        }
        try {
            long number = Long.parseLong(value);
            return number < min || number > max ? INVALID : number;
        } catch (NumberFormatException overLongMaxValue) {
            return INVALID;
        }
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
