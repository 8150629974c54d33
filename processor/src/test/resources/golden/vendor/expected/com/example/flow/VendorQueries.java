package com.example.flow;

import dev.envelopes.ErrorBounds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        List<String> chosen = query.getOrDefault("view", List.of());
        // A good request, the usual one, is let through without allocating anything.
        if (parameters.containsAll(query.keySet())
        && (views.isEmpty() || (chosen.size() <= 1 && views.containsAll(chosen)))
        && (includes.isEmpty() || includes.containsAll(included(request)))) {
            return true;
        }
        List<VendorErrorDetail> errors = new ArrayList<>();
        // Past the few errors an answer lists, the rest are only counted, however many.
        int total = 0;
        if (!parameters.containsAll(query.keySet())) {
            for (String name : new TreeSet<>(query.keySet())) {
                if (!parameters.contains(name) && ErrorBounds.collects(total++)) {
                    errors.add(VendorResponses.detail("unsupported_param", "param is not supported: " + ErrorBounds.name(name), name));
                }
            }
        }
        if (!views.isEmpty() && (chosen.size() > 1 || !views.containsAll(chosen))) {
            total++;
            errors.add(VendorResponses.detail("invalid_attribute", "view must be given at most once, as one of: " + String.join(", ", new TreeSet<>(views)), "view"));
        }
        // A method that side-loads nothing does not take the parameter at all.
        for (String name : includes.isEmpty() ? Set.<String>of() : included(request)) {
            if (!includes.contains(name) && ErrorBounds.collects(total++)) {
                errors.add(VendorResponses.detail("invalid_attribute", "include cannot side-load " + ErrorBounds.name(name) + "; it can side-load: " + String.join(", ", new TreeSet<>(includes)), "include"));
            }
        }
        request.abortWith(VendorResponses.error(400, ErrorBounds.listed(errors, total, VendorResponses::more)));
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
        Set<String> names = new TreeSet<>();
        List<String> values = request.getUriInfo().getQueryParameters().get("include");
        if (values != null) {
            for (String value : values) {
                for (String name : value.split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.trim());
                    }
                }
            }
        }
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
