package dev.envelopes.sample.library;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The shelves of the library: {@code GET /shelves} is inherited from {@link PagedResource}, and
 * {@code /shelves/{shelfId}/books} is the sub-resource {@link ShelfBooks}, reached through a
 * locator and answered in this class's envelope.
 */
@Path("/shelves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Enveloped
public class ShelfResource extends PagedResource<Shelf> {

  private final Library library;

  public ShelfResource(Library library) {
    this.library = library;
  }

  /** The books of one shelf; an unknown shelf answers 404 before any of them is looked at. */
  @Path("{shelfId}/books")
  public ShelfBooks books(@PathParam("shelfId") long shelfId) {
    return new ShelfBooks(library, library.shelf(shelfId).id());
  }

  @Override
  protected Page<Shelf> page(long offset, int limit) {
    return library.shelves(offset, limit);
  }
}
