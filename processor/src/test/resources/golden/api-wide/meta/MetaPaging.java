package com.example.api;

import dev.envelopes.LinkQuery;
import dev.envelopes.PageLinks;
import dev.envelopes.PageQuery;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Offset and limit paging in the meta envelope: checks the {@code offset} and {@code limit} query
 * parameters before a paged resource method runs, and builds the {@code pagination} links of its
 * answer.
 *
 * <p>An absent or empty parameter takes its default: offset 0, and the limit parameter's
 * {@code @DefaultValue}. Any other value must be given once, as a plain whole number ({@code 0-9},
 * at most 19 digits) in range; otherwise the request is answered with a 400 whose details name the
 * parameter, and the resource method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class MetaPaging {
    /**
     * The request property that carries the checked page to the answer.
     */
    private static final String PAGE = MetaPaging.class.getName() + ".page";

    private MetaPaging() {
    }

    /**
     * Checks the request's offset and limit, and that the links can repeat its query, and keeps them
     * for {@link #pagination}, or aborts the request with a 400 that names each parameter at
     * fault.
     *
     * @param request the request
     * @param maxOffset the largest offset the resource method's parameter can take
     * @param defaultLimit the limit of a request that gives none
     * @param maxLimit the largest limit a request may ask for
     * @param linked the query parameters the links repeat
     */
    public static void read(ContainerRequestContext request, long maxOffset, int defaultLimit,
            int maxLimit, LinkQuery linked) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        long offset = PageQuery.number(query.get("offset"), 0, 0, maxOffset);
        long limit = PageQuery.number(query.get("limit"), defaultLimit, 1, maxLimit);
        List<MetaFieldError> problems = new ArrayList<>();
        if (offset == PageQuery.INVALID) {
            problems.add(new MetaFieldError("offset", "must be given once, as a whole number from 0 to " + maxOffset));
        }
        if (limit == PageQuery.INVALID) {
            problems.add(new MetaFieldError("limit", "must be given once, as a whole number from 1 to " + maxLimit));
        }
        linked.tooLong(RequestUris.sent(request), "offset", "limit")
                .ifPresent(name -> problems.add(new MetaFieldError(name, LinkQuery.TOO_LONG)));
        if (problems.isEmpty()) {
            request.setProperty(PAGE, new Window(offset, (int) limit, maxOffset, linked));
        } else {
            request.abortWith(MetaResponses.error(MetaStatus.BAD_REQUEST, problems));
        }
    }

    /**
     * The {@code pagination} of the page the request asked for, in a result of {@code total} records.
     * {@code next} follows the page with one of the same size; {@code prev} holds the records just
     * before it, up to the same size, and ends where the page starts, so the two never overlap: from
     * offset 5 with limit 20, {@code prev} asks for offset 0 and limit 5. Past the end of the result,
     * {@code prev} holds its last records.
     */
    public static PageLinks pagination(ContainerRequestContext request, long total) {
        Window page = (Window) request.getProperty(PAGE);
        return PageLinks.around(page.offset(), page.limit(), total, page.maxOffset(),
                (offset, limit) -> link(request, page, offset, limit));
    }

    /**
     * The URI the client sent ({@link RequestUris#sent}) with the query parameters the page repeats, then
     * {@code offset} and {@code limit}, linked as {@link PublicLinks} links.
     */
    private static URI link(ContainerRequestContext request, Window page, long offset, int limit) {
        URI sent = RequestUris.sent(request);
        return URI.create(PublicLinks.link(request, sent.getScheme(), page.linked().link(
                sent.getRawPath(), sent.getRawQuery(), "offset", offset, "limit", limit)));
    }

    /**
     * A checked page: where it starts, how many records it holds at most, and the largest offset the
     * resource method's parameter can take.
     *
     * @param offset the number of records before the page
     * @param limit the largest number of records on the page
     * @param maxOffset the largest offset the method accepts
     * @param linked the query parameters its links repeat
     */
    private record Window(long offset, int limit, long maxOffset, LinkQuery linked) {
    }
}
