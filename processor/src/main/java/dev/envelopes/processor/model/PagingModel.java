package dev.envelopes.processor.model;

/**
 * The {@code @Paginated} annotation of a method.
 *
 * @param maxLimit the largest page size a client may ask for
 * @param origin the annotation
 */
public record PagingModel(int maxLimit, Origin origin) {}
