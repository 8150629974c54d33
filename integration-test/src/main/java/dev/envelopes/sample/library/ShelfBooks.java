package dev.envelopes.sample.library;

import dev.envelopes.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The books of one shelf, a sub-resource: it has no {@code @Path} of its own, and {@link
 * ShelfResource#books} returns it. It carries no Envelopes annotation either: it answers in the
 * style of the locator that returns it.
 */
public class ShelfBooks extends PagedResource<Book> {

  private final Library library;
  private final long shelfId;

  ShelfBooks(Library library, long shelfId) {
    this.library = library;
    this.shelfId = shelfId;
  }

  @GET
  @Path("{bookId}")
  public Book get(@PathParam("bookId") long bookId) {
    return library.book(shelfId, bookId);
  }

  @POST
  public long add(@Valid @NotNull NewBook book) {
    return library.addBook(shelfId, book.title());
  }

  @Override
  protected Page<Book> page(long offset, int limit) {
    return library.books(shelfId, offset, limit);
  }
}
