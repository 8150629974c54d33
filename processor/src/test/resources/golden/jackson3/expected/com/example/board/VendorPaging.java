package com.example.board;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.LinkQuery;
import dev.envelopes.PageQuery;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Cursor paging in the vendor style: checks the {@code cursor} and {@code limit} query parameters before a
 * paged resource method runs, and links its answer to the next page in a {@code Link} header.
 *
 * <p>{@code cursor} is opaque: the first page when absent or empty, else a cursor an earlier answer
 * gave to a request with the same filters, as its signature shows ({@link CursorKey}). {@code limit} is the
 * page size, the method's {@code @DefaultValue} when absent or empty, else a plain whole number in
 * range. Each is given at most once; otherwise the request is answered with an {@code
 * invalid_attribute} error naming the parameter, and the method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorPaging {
    /**
     * The request property that carries the checked page to the answer.
     */
    private static final String PAGE = VendorPaging.class.getName() + ".page";

    private VendorPaging() {
    }

    /**
     * Checks the request's cursor and limit and keeps them for {@link #link}, or aborts the request
     * with an error for each parameter at fault.
     *
     * @param request the request
     * @param defaultLimit the limit of a request that gives none
     * @param maxLimit the largest limit a request may ask for
     * @param cursorKey the key that signed the cursors of earlier answers
     * @param linked the query parameters the link repeats
     */
    public static void read(ContainerRequestContext request, int defaultLimit, int maxLimit,
            CursorKey cursorKey, LinkQuery linked) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Cursor cursor = PageQuery.cursor(cursorKey, request.getUriInfo().getPathParameters(), query);
        long limit = PageQuery.number(query.get("limit"), defaultLimit, 1, maxLimit);
        List<VendorErrorDetail> errors = new ArrayList<>();
        if (cursor == null) {
            errors.add(VendorResponses.detail("invalid_attribute", "cursor must be given at most once, as the cursor of an earlier answer", "cursor"));
        }
        if (limit == PageQuery.INVALID) {
            errors.add(VendorResponses.detail("invalid_attribute", "limit must be given at most once, as a whole number from 1 to " + maxLimit, "limit"));
        }
        linked.tooLong(RequestUris.sent(request), "cursor", "limit")
                .ifPresent(name -> errors.add(VendorResponses.detail("invalid_attribute", name + " " + LinkQuery.TOO_LONG, name)));
        if (errors.isEmpty()) {
            request.setProperty(PAGE, new Window(cursor.offset(), (int) limit, linked));
        } else {
            request.abortWith(VendorResponses.error(400, errors));
        }
    }

    /**
     * Adds the {@code Link} to the page after the one the request asked for, which holds {@code size}
     * of {@code total} records; the last page gets none. The link is the URI the client sent, with
     * the parameters the method takes as sent, then its cursor moved on, signed for them,
     * and its limit.
     */
    public static void link(ContainerRequestContext request, ContainerResponseContext response,
            int size, long total, CursorKey cursorKey) {
        Window page = (Window) request.getProperty(PAGE);
        String cursor = cursorKey.sealNext(page.cursor(), size, total, request.getUriInfo().getPathParameters(),
                request.getUriInfo().getQueryParameters());
        if (cursor == null) {
            return;
        }
        URI sent = RequestUris.sent(request);
        String next = page.linked().link(sent.getRawPath(), sent.getRawQuery(),
                "cursor", cursor, "limit", page.limit());
        // Written as text, so that no runtime resolves it against the request.
        response.getHeaders().add(HttpHeaders.LINK, "<" + PublicLinks.link(request, sent.getScheme(), next) + ">; rel=\"next\"");
    }

    /**
     * A checked page.
     *
     * @param cursor the number of records before the page
     * @param limit the largest number of records on the page
     * @param linked the query parameters its link repeats
     */
    private record Window(long cursor, int limit, LinkQuery linked) {
    }
}
