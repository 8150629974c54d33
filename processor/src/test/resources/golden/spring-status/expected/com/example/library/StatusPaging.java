package com.example.library;

import dev.envelopes.PageQuery;
import dev.envelopes.PageTotals;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Page paging in the status envelope on Spring MVC: checks the {@code page} and {@code per_page} query
 * parameters before a paged handler method runs (before Spring converts them to its parameters),
 * and builds the {@code pagination} of its answer.
 *
 * <p>An absent or empty parameter takes its default: page 1, and the {@code defaultValue} of the
 * method's {@code per_page} parameter. Any other value must be given once, as a plain whole number
 * ({@code 0-9}, at most 19 digits) from 1 up; otherwise the request is answered with a 422 failure
 * naming the parameter, and the handler method is not called. A page past the last is answered
 * with no records and the true totals.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class StatusPaging {
    /**
     * The request attribute that carries the checked page to the answer.
     */
    private static final String PAGE = StatusPaging.class.getName() + ".page";

    private StatusPaging() {
    }

    /**
     * Checks the request's page and per_page and keeps them for {@link #pagination}, or refuses the
     * request with a 422 failure that names each parameter at fault.
     *
     * @throws EnvelopesRefusal with the style's 422 when a parameter is refused
     */
    public static void read(HttpServletRequest request, long maxPage, int defaultPerPage,
            int maxPerPage) {
        long page = PageQuery.number(values(request, "page"), 1, 1, maxPage);
        long perPage = PageQuery.number(values(request, "per_page"), defaultPerPage, 1, maxPerPage);
        List<StatusAttributeErrors> errors = new ArrayList<>();
        if (page == PageQuery.INVALID) {
            errors.add(new StatusAttributeErrors("page", List.of("must be given at most once, as a whole number from 1 to " + maxPage)));
        }
        if (perPage == PageQuery.INVALID) {
            errors.add(new StatusAttributeErrors("per_page", List.of("must be given at most once, as a whole number from 1 to " + maxPerPage)));
        }
        if (!errors.isEmpty()) {
            throw new EnvelopesRefusal(StatusResponses.failure("The request is not valid.", errors, null));
        }
        request.setAttribute(PAGE, new Window(page, (int) perPage));
    }

    /**
     * The query parameter's values, {@code null} when absent.
     */
    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : List.of(values);
    }

    /**
     * The {@code pagination} of the page the request asked for, in a result of {@code total} records.
     */
    public static PageTotals pagination(HttpServletRequest request, long total) {
        Window page = (Window) request.getAttribute(PAGE);
        return PageTotals.of(total, page.page(), page.perPage());
    }

    /**
     * A checked page: which one, and how many records a page holds at most.
     *
     * @param page the page, from 1
     * @param perPage the largest number of records on a page
     */
    private record Window(long page, int perPage) {
    }
}
