package dev.envelopes.processor.model;

import java.util.Optional;

/**
 * A method of a resource class that carries {@code @Unenveloped}: Envelopes leaves it as it is.
 *
 * @param name the method's name
 * @param carriesEnveloped whether the method carries {@code @Enveloped} too, which contradicts it
 * @param paging its {@code @Paginated} annotation, which nothing would check, if it has one
 * @param origin the method and its {@code @Unenveloped} annotation
 */
public record OptOut(
    String name, boolean carriesEnveloped, Optional<PagingModel> paging, Origin origin) {}
