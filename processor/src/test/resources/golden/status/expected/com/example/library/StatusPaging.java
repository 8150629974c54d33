package com.example.library;

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

    /**
     * What {@link #parse} answers for a value it refuses.
     */
    private static final long INVALID = -1;

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
        long page = parse(query.get("page"), 1, 1, maxPage);
        long perPage = parse(query.get("per_page"), defaultPerPage, 1, maxPerPage);
        List<StatusAttributeErrors> errors = new ArrayList<>();
        if (page == INVALID) {
            errors.add(new StatusAttributeErrors("page", List.of("must be given at most once, as a whole number from 1 to " + maxPage)));
        }
        if (perPage == INVALID) {
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
    public static StatusPagination pagination(ContainerRequestContext request, long total) {
        Window page = (Window) request.getProperty(PAGE);
        // Rounded up without adding first, which cannot overflow.
        long totalPages = total / page.perPage() + (total % page.perPage() == 0 ? 0 : 1);
        return new StatusPagination(total, page.page(), totalPages);
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
     * A checked page: which one, and how many records a page holds at most.
     *
     * @param page the page, from 1
     * @param perPage the largest number of records on a page
     */
    private record Window(long page, int perPage) {
    }
}
