package dev.envelopes.bench.runtime;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Signed cursors as the bare and vendor runtime wrappers read and write them: with the same {@link
 * CursorKey} as the generated code, and for the generated endpoint each runtime resource imitates,
 * so that both sides sign the same cursors.
 */
final class CursorPaging {

  /** The generated endpoint whose cursors each runtime resource, by class name, signs. */
  static final Map<String, String> IMITATED =
      Map.of(
          "dev.envelopes.bench.runtime.RuntimeBareItemResource",
          "dev.envelopes.bench.generated.BareItemResource.page",
          "dev.envelopes.bench.runtime.RuntimeVendorItemResource",
          "dev.envelopes.bench.generated.VendorItemResource.page",
          "dev.envelopes.bench.sample.RuntimeContacts",
          "dev.envelopes.sample.contacts.ContactResource.list",
          "dev.envelopes.bench.sample.RuntimeLists",
          "dev.envelopes.sample.flow.ListResource.list");

  /** The key of each runtime resource, by class name, set up once as the generated code does. */
  private final Map<String, CursorKey> keys = new HashMap<>();

  private final ResourceInfo resourceInfo;

  CursorPaging(Configuration configuration, ResourceInfo resourceInfo) {
    IMITATED.forEach(
        (resource, endpoint) ->
            keys.put(resource, CursorKey.forEndpoint(configuration::getProperty, endpoint)));
    this.resourceInfo = resourceInfo;
  }

  /** Where the request's page starts: its checked cursor, or the first page. */
  long offset(ContainerRequestContext request) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    String cursor = query.getFirst("cursor");
    return cursor == null
        ? 0
        : key().open(cursor, request.getUriInfo().getPathParameters(), query).offset();
  }

  /**
   * The cursor of the page after the one starting at {@code offset} that holds {@code size} of
   * {@code total} records, or {@code null} on the last page.
   */
  String next(ContainerRequestContext request, long offset, int size, long total) {
    if (size == 0 || offset + size >= total) {
      return null;
    }
    return key()
        .seal(
            new Cursor(offset + size),
            request.getUriInfo().getPathParameters(),
            request.getUriInfo().getQueryParameters());
  }

  private CursorKey key() {
    return keys.get(resourceInfo.getResourceClass().getName());
  }
}
