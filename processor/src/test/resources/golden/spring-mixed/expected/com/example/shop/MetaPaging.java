package com.example.shop;

import dev.envelopes.LinkQuery;
import dev.envelopes.PageLinks;
import dev.envelopes.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Offset and limit paging in the meta envelope on Spring MVC: checks the {@code offset} and
 * {@code limit} query parameters before a paged handler method runs (before Spring converts them
 * to its parameters), and builds the {@code pagination} links of its answer.
 *
 * <p>An absent or empty parameter takes its default: offset 0, and the limit parameter's
 * {@code defaultValue}. Any other value must be given once, as a plain whole number ({@code 0-9},
 * at most 19 digits) in range; otherwise the request is answered with a 400 whose details name the
 * parameter, and the handler method is not called.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class MetaPaging {
    /**
     * The request attribute that carries the checked page to the answer.
     */
    private static final String PAGE = MetaPaging.class.getName() + ".page";

    private MetaPaging() {
    }

    /**
     * Checks the request's offset and limit, and that the links can repeat its query, and keeps them
     * for {@link #pagination}, or refuses the request with a 400 that names each parameter at fault.
     *
     * @throws EnvelopesRefusal with the style's 400 when a parameter is refused
     */
    public static void read(HttpServletRequest request, long maxOffset, int defaultLimit,
            int maxLimit, LinkQuery linked) {
        long offset = PageQuery.number(values(request, "offset"), 0, 0, maxOffset);
        long limit = PageQuery.number(values(request, "limit"), defaultLimit, 1, maxLimit);
        List<MetaFieldError> problems = new ArrayList<>();
        if (offset == PageQuery.INVALID) {
            problems.add(new MetaFieldError("offset", "must be given once, as a whole number from 0 to " + maxOffset));
        }
        if (limit == PageQuery.INVALID) {
            problems.add(new MetaFieldError("limit", "must be given once, as a whole number from 1 to " + maxLimit));
        }
        linked.tooLong(request.getQueryString(), "offset", "limit")
                .ifPresent(name -> problems.add(new MetaFieldError(name, LinkQuery.TOO_LONG)));
        if (!problems.isEmpty()) {
            throw new EnvelopesRefusal(MetaResponses.error(MetaStatus.BAD_REQUEST, problems));
        }
        request.setAttribute(PAGE, new Window(offset, (int) limit, maxOffset, linked));
    }

    /**
     * The query parameter's values, {@code null} when absent.
     */
    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : List.of(values);
    }

    /**
     * The {@code pagination} of the page the request asked for, in a result of {@code total} records;
     * {@code prev} never overlaps the page.
     */
    public static PageLinks pagination(HttpServletRequest request, long total, PublicLinks links) {
        Window page = (Window) request.getAttribute(PAGE);
        return PageLinks.around(page.offset(), page.limit(), total, page.maxOffset(),
                (offset, limit) -> link(request, page, offset, limit, links));
    }

    private static URI link(HttpServletRequest request, Window page, long offset, int limit,
            PublicLinks links) {
        return URI.create(links.link(request, page.linked().link(
                PublicLinks.requestPath(request), request.getQueryString(), "offset", offset, "limit", limit)));
    }

    /**
     * A checked page.
     *
     * @param offset the number of records before the page
     * @param limit the largest number of records on the page
     * @param maxOffset the largest offset the method accepts
     * @param linked the query parameters its links repeat
     */
    private record Window(long offset, int limit, long maxOffset, LinkQuery linked) {
    }
}
