package dev.envelopes;

import java.net.URI;

/**
 * The {@code pagination} of a paged answer in the {@link Style#META} style: absolute links to the
 * pages around the one answered, written as {@code {"next": ..., "prev": ...}}, both keys always
 * there, {@code null} where there is no such page.
 *
 * <p>The generated paging code builds it and the answer's record holds it. The generated
 * serializers write it key by key with Jackson's streaming API, never through databind, so an
 * {@code ObjectMapper}'s settings (a naming strategy, a non-default inclusion such as {@code
 * NON_NULL}, sorted properties) cannot change its keys; it carries no Jackson annotation, as the
 * annotations jar depends on nothing.
 *
 * @param next the page after this one, or {@code null} on the last page
 * @param prev the records just before this page, never overlapping it, or {@code null} on the first
 *     page
 */
public record PageLinks(URI next, URI prev) {}
