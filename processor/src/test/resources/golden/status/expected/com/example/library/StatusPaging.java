package com.example.library;

import dev.envelopes.PageQuery;
import dev.envelopes.PageTotals;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Page paging in the status envelope: checks the {@code page} and {@code per_page} query parameters
 * before a paged resource method runs, and builds the {@code pagination} of its answer.
 *
 * <p>An absent or empty parameter takes its default: page 1, and the {@code @DefaultValue} of the
 * method's {@code per_page} parameter. Any other value must be given once, as a plain whole number
 * ({@code 0-9}, at most 19 digits) from 1 up; otherwise the request is answered with a 422 failure
 * naming the parameter, and the resource method is not called. A page past the last is answered
 * with no records and the true totals.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class StatusPaging {
    /**
     * The request property that carries the checked page to the answer.
     */
    private static final String PAGE = StatusPaging.class.getName() + ".page";

    private StatusPaging() {
    }

    /**
     * Checks the request's page and per_page and keeps them for {@link #pagination}, or aborts the
     * request with a 422 failure that names each parameter at fault.
     *
     * @param request the request
     * @param maxPage the largest page the resource method's parameter can take
     * @param defaultPerPage the page size of a request that gives none
     * @param maxPerPage the largest page size a request may ask for
     */
    public static void read(ContainerRequestContext request, long maxPage, int defaultPerPage,
            int maxPerPage) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        long page = PageQuery.number(query.get("page"), 1, 1, maxPage);
        long perPage = PageQuery.number(query.get("per_page"), defaultPerPage, 1, maxPerPage);
        List<StatusAttributeErrors> errors = new ArrayList<>();
        if (page == PageQuery.INVALID) {
            errors.add(new StatusAttributeErrors("page", List.of("must be given at most once, as a whole number from 1 to " + maxPage)));
        }
        if (perPage == PageQuery.INVALID) {
            errors.add(new StatusAttributeErrors("per_page", List.of("must be given at most once, as a whole number from 1 to " + maxPerPage)));
        }
        if (errors.isEmpty()) {
            request.setProperty(PAGE, new Window(page, (int) perPage));
        } else {
            request.abortWith(StatusResponses.failure("The request is not valid.", errors, null));
        }
    }

    /**
     * The {@code pagination} of the page the request asked for, in a result of {@code total} records.
     */
    public static PageTotals pagination(ContainerRequestContext request, long total) {
        Window page = (Window) request.getProperty(PAGE);
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
