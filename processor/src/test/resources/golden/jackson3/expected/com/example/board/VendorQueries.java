package com.example.board;

import dev.envelopes.ErrorBounds;
import dev.envelopes.IncludeParameter;
import dev.envelopes.VendorQueryCheck;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Checks the query of a request to a vendor method before the method runs: every parameter must be
 * one the method takes ({@code unsupported_param} otherwise), the {@code view} one it offers, and each
 * {@code include} one it can side-load ({@code invalid_attribute} otherwise).
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorQueries {
    /**
     * The request property that holds what {@link #included} parsed.
     */
    private static final String INCLUDED = VendorQueries.class.getName() + ".included";

    private VendorQueries() {
    }

    /**
     * Whether the request's query is one the method takes; if not, the request is aborted with an
     * error for each parameter at fault.
     *
     * @param request the request
     * @param parameters the query parameters the method takes
     * @param views the views it offers, {@code default} among them, or none when it declares none
     * @param includes the related records it can side-load
     */
    public static boolean check(ContainerRequestContext request, Set<String> parameters,
            Set<String> views, Set<String> includes) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        VendorQueryCheck.Problems problems = VendorQueryCheck.problems(query.keySet(), query.getOrDefault("view", List.of()),
                includes.isEmpty() ? Set.of() : included(request), parameters, views, includes);
        if (problems == null) {
            return true;
        }
        List<VendorErrorDetail> errors = new ArrayList<>();
        for (VendorQueryCheck.Problem problem : problems.listed()) {
            errors.add(VendorResponses.detail(problem.code(), problem.message(), problem.attribute()));
        }
        request.abortWith(VendorResponses.error(400, ErrorBounds.listed(errors, problems.total(), VendorResponses::more)));
        return false;
    }

    /**
     * The related records the request asks for: every {@code include} parameter, split at commas.
     * They are read once per request, by the check and again by the answer, and so parsed once.
     */
    public static Set<String> included(ContainerRequestContext request) {
        if (request.getProperty(INCLUDED) instanceof Included parsed) {
            return parsed.names();
        }
        Set<String> names = IncludeParameter.names(request.getUriInfo().getQueryParameters().get("include"));
        request.setProperty(INCLUDED, new Included(names));
        return names;
    }

    /**
     * The related records a request asks for, kept on the request once parsed.
     *
     * @param names their names
     */
    private record Included(Set<String> names) {
    }
}
