package com.example.contacts;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Cursor paging in the bare style on Spring MVC: checks the {@code cursor} and {@code limit} query
 * parameters before a paged handler method runs (before Spring converts them to its parameters),
 * and makes the cursor of the next page for its answer.
 *
 * <p>An absent or empty parameter takes its default: the first page, and the limit parameter's
 * {@code defaultValue}. A cursor must be one an earlier answer gave to a request with the same
 * filters, as its signature shows ({@link CursorKey}); a limit a plain whole number ({@code 0-9}, at most
 * 19 digits) in range; each given once. Otherwise the request is answered with a 400
 * {@code VALIDATION_ERROR} naming the parameter, and the handler method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class BarePaging {
    /**
     * The request attribute that carries the checked page to the answer.
     */
    private static final String PAGE = BarePaging.class.getName() + ".page";

    private BarePaging() {
    }

    /**
     * Checks the request's cursor and limit and keeps them for {@link #next}, or refuses the request
     * with a 400 that names each parameter at fault.
     *
     * @throws EnvelopesRefusal with the style's 400 when a parameter is refused
     */
    public static void read(HttpServletRequest request, int defaultLimit, int maxLimit,
            CursorKey cursorKey) {
        Map<String, List<String>> query = queryParameters(request);
        Cursor cursor = PageQuery.cursor(cursorKey, pathParameters(request), query);
        long limit = PageQuery.number(query.get("limit"), defaultLimit, 1, maxLimit);
        List<String> problems = new ArrayList<>();
        if (cursor == null) {
            problems.add("cursor: must be given at most once, as the cursor of an earlier answer");
        }
        if (limit == PageQuery.INVALID) {
            problems.add("limit: must be given at most once, as a whole number from 1 to " + maxLimit);
        }
        if (!problems.isEmpty()) {
            throw new EnvelopesRefusal(BareResponses.error(400, "VALIDATION_ERROR", String.join("; ", problems)));
        }
        request.setAttribute(PAGE, new Window(cursor.offset(), (int) limit));
    }

    /**
     * The cursor of the page after the one the request asked for, which holds {@code size} of
     * {@code total} records; {@code null} when it is the last page. It is signed for the request's filters.
     */
    public static String next(HttpServletRequest request, int size, long total,
            CursorKey cursorKey) {
        Window page = (Window) request.getAttribute(PAGE);
        return cursorKey.sealNext(page.offset(), size, total, pathParameters(request), queryParameters(request));
    }

    /**
     * The request's path parameters, decoded, as Spring matched them for the handler method.
     */
    private static Map<String, List<String>> pathParameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) ->
                    parameters.put(String.valueOf(name), List.of(String.valueOf(value))));
        }
        return parameters;
    }

    /**
     * The request's query parameters, decoded, each with its values in order.
     */
    private static Map<String, List<String>> queryParameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
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
