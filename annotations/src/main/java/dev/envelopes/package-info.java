/**
 * Envelopes: annotate Jakarta REST resources and let the processor generate their response
 * envelopes, error mapper and pagination at compile time.
 *
 * <p>Start with {@link dev.envelopes.Enveloped} on a resource class, {@link
 * dev.envelopes.Paginated} on its list methods, {@link dev.envelopes.ApiError} on your exceptions,
 * and register the generated {@code EnvelopesFeature}.
 */
package dev.envelopes;
