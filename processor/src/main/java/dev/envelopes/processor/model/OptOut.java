package dev.envelopes.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A method of a resource class that carries {@code @Unenveloped}: Envelopes leaves it as it is.
 *
 * @param name the method's name
 * @param httpMethods the HTTP methods it answers, as for an enveloped method
 * @param path the template of its own path, below its class's, if it has one
 * @param produces the media types it declares to produce, if it or its class declares any
 * @param carriesEnveloped whether the method carries {@code @Enveloped} too, which contradicts it
 * @param paging its {@code @Paginated} annotation, which nothing would check, if it has one
 * @param origin the method and its {@code @Unenveloped} annotation
 */
public record OptOut(
    String name,
    List<String> httpMethods,
    Optional<String> path,
    Optional<MediaTypes> produces,
    boolean carriesEnveloped,
    Optional<PagingModel> paging,
    Origin origin) {}
