package com.example.flow;

import dev.envelopes.ErrorBounds;
import dev.envelopes.IncludeParameter;
import dev.envelopes.PageQuery;
import dev.envelopes.VendorQueryCheck;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Checks the query of a request to a vendor handler method before it runs: every parameter must be
 * one the method takes ({@code unsupported_param} otherwise), the {@code view} one it offers, and each
 * {@code include} one it can side-load ({@code invalid_attribute} otherwise).
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class VendorQueries {
    /**
     * The request attribute that holds what {@link #query} parsed.
     */
    private static final String QUERY = VendorQueries.class.getName() + ".query";

    /**
     * The request attribute that holds what {@link #included} parsed.
     */
    private static final String INCLUDED = VendorQueries.class.getName() + ".included";

    /**
     * The query parameters the API's paged methods read their page from.
     */
    private static final Set<String> PAGING_PARAMETERS = Set.of("cursor", "limit");

    private VendorQueries() {
    }

    /**
     * Checks that the request's query is one the method takes.
     *
     * @param request the request
     * @param parameters the query parameters the method takes
     * @param views the views it offers, {@code default} among them, or none when it declares none
     * @param includes the related records it can side-load
     * @throws EnvelopesRefusal with a 400 and an error for each parameter at fault
     */
    public static void check(HttpServletRequest request, Set<String> parameters, Set<String> views,
            Set<String> includes) {
        Map<String, List<String>> query = query(request);
        VendorQueryCheck.Problems problems = VendorQueryCheck.problems(query.keySet(), query.getOrDefault("view", List.of()),
                includes.isEmpty() ? Set.of() : included(request), parameters, views, includes);
        if (problems == null) {
            return;
        }
        List<VendorErrorDetail> errors = new ArrayList<>();
        for (VendorQueryCheck.Problem problem : problems.listed()) {
            errors.add(VendorResponses.detail(problem.code(), problem.message(), problem.attribute()));
        }
        throw new EnvelopesRefusal(VendorResponses.error(400, ErrorBounds.listed(errors, problems.total(), VendorResponses::more)));
    }

    /**
     * The related records the request asks for: every {@code include} parameter, split at commas.
     * They are read once per request, by the check and again by the answer, and so parsed once.
     */
    public static Set<String> included(HttpServletRequest request) {
        if (request.getAttribute(INCLUDED) instanceof Included parsed) {
            return parsed.names();
        }
        Set<String> names = IncludeParameter.names(query(request).get("include"));
        request.setAttribute(INCLUDED, new Included(names));
        return names;
    }

    /**
     * The request's query parameters as it sent them, decoded, each name with its values in order; but
     * the API's paging parameters given once and empty, which mean the same as absent.
     */
    static Map<String, List<String>> query(HttpServletRequest request) {
        if (request.getAttribute(QUERY) instanceof Query kept) {
            return kept.parameters();
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = request.getQueryString();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                query.computeIfAbsent(name, any -> new ArrayList<>()).add(equals < 0 ? "" : decoded(pair.substring(equals + 1)));
            }
        }
        PageQuery.withoutEmpty(query, PAGING_PARAMETERS);
        request.setAttribute(QUERY, new Query(query));
        return query;
    }

    /**
     * {@code raw}, percent-decoded; a malformed escape refuses the request, as a server that
     * checks the request target does.
     */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new EnvelopesRefusal(VendorResponses.fromFramework(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY));
        }
    }

    /**
     * The query of a request, kept on the request once parsed.
     *
     * @param parameters its parameters
     */
    private record Query(Map<String, List<String>> parameters) {
    }

    /**
     * The related records a request asks for, kept on the request once parsed.
     *
     * @param names their names
     */
    private record Included(Set<String> names) {
    }
}
