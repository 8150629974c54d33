package dev.envelopes.bench.runtime;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Signed cursors as the bare and vendor runtime wrappers read and write them: with the same {@link
 * CursorKey} as the generated code, so that both sides sign the same cursors.
 */
final class CursorPaging {

  private final CursorKey key;

  CursorPaging(Configuration configuration) {
    this.key = CursorKey.of(configuration.getProperty(CursorKey.PROPERTY));
  }

  /** Where the request's page starts: its checked cursor, or the first page. */
  long offset(ContainerRequestContext request) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    String cursor = query.getFirst("cursor");
    return cursor == null ? 0 : key.open(cursor, query).offset();
  }

  /**
   * The cursor of the page after the one starting at {@code offset} that holds {@code size} of
   * {@code total} records, or {@code null} on the last page.
   */
  String next(ContainerRequestContext request, long offset, int size, long total) {
    if (size == 0 || offset + size >= total) {
      return null;
    }
    return key.seal(new Cursor(offset + size), request.getUriInfo().getQueryParameters());
  }
}
