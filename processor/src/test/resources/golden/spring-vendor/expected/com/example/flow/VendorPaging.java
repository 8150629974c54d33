package com.example.flow;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.LinkQuery;
import dev.envelopes.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Cursor paging in the vendor style on Spring MVC: checks the {@code cursor} and {@code limit} query
 * parameters before a paged handler method runs, and links its answer to the next page in a
 * {@code Link} header.
 *
 * <p>{@code cursor} is opaque: the first page when absent or empty, else a cursor an earlier answer
 * gave to a request with the same filters, as its signature shows ({@link CursorKey}). {@code limit} is the
 * page size, the parameter's {@code defaultValue} when absent or empty, else a plain whole number
 * in range. Each is given at most once; otherwise the request is answered with an {@code
 * invalid_attribute} error naming the parameter, and the method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorPaging {
    /**
     * The request attribute that carries the checked page to the answer.
     */
    private static final String PAGE = VendorPaging.class.getName() + ".page";

    private VendorPaging() {
    }

    /**
     * Checks the request's query, cursor and limit, and keeps them for {@link #link}.
     *
     * @param cursorKey the key of the handler method's cursors, which its endpoint holds
     * @param linked the query parameters the link repeats
     * @throws EnvelopesRefusal with a 400 and an error for each parameter at fault
     */
    public static void read(HttpServletRequest request, Set<String> parameters, Set<String> views,
            Set<String> includes, int defaultLimit, int maxLimit, CursorKey cursorKey,
            LinkQuery linked) {
        VendorQueries.check(request, parameters, views, includes);
        Map<String, List<String>> query = VendorQueries.query(request);
        Cursor cursor = PageQuery.cursor(cursorKey, pathParameters(request), query);
        long limit = PageQuery.number(query.get("limit"), defaultLimit, 1, maxLimit);
        List<VendorErrorDetail> errors = new ArrayList<>();
        if (cursor == null) {
            errors.add(VendorResponses.detail("invalid_attribute", "cursor must be given at most once, as the cursor of an earlier answer", "cursor"));
        }
        if (limit == PageQuery.INVALID) {
            errors.add(VendorResponses.detail("invalid_attribute", "limit must be given at most once, as a whole number from 1 to " + maxLimit, "limit"));
        }
        linked.tooLong(request.getQueryString(), "cursor", "limit")
                .ifPresent(name -> errors.add(VendorResponses.detail("invalid_attribute", name + " " + LinkQuery.TOO_LONG, name)));
        if (!errors.isEmpty()) {
            throw new EnvelopesRefusal(VendorResponses.error(400, errors));
        }
        request.setAttribute(PAGE, new Window(cursor.offset(), (int) limit, linked, cursorKey));
    }

    /**
     * Adds the {@code Link} to the page after the one the request asked for, which holds {@code size}
     * of {@code total} records; the last page gets none. The link is the URI the client sent,
     * version prefix included, with the parameters the method takes as sent, then its cursor moved
     * on, signed for them, and its limit.
     */
    public static void link(HttpServletRequest request, HttpServletResponse response, int size,
            long total, PublicLinks links) {
        Window page = (Window) request.getAttribute(PAGE);
        String cursor = page.cursorKey().sealNext(page.cursor(), size, total, pathParameters(request),
                VendorQueries.query(request));
        if (cursor == null) {
            return;
        }
        String next = page.linked().link(PublicLinks.requestPath(request), request.getQueryString(), "cursor", cursor, "limit", page.limit());
        response.addHeader(HttpHeaders.LINK, "<" + links.link(request, next) + ">; rel=\"next\"");
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
     * A checked page.
     *
     * @param cursor the number of records before the page
     * @param limit the largest number of records on the page
     * @param linked the query parameters its link repeats
     * @param cursorKey the key of the method's cursors
     */
    private record Window(long cursor, int limit, LinkQuery linked, CursorKey cursorKey) {
    }
}
