package dev.envelopes.sample.library;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shelves of the library and their books; as {@code ShelfResource} and its sub-resource {@code
 * ShelfBooks}. {@code GET /shelves} is inherited from {@link PagedController}; Spring MVC has no
 * sub-resource locators, so the books of a shelf are mappings of this class, each of which answers
 * 404 for an unknown shelf before it looks at any book.
 */
@RestController
@RequestMapping(path = "/shelves", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class ShelfController extends PagedController<Shelf> {

  private final Library library;

  public ShelfController(Library library) {
    this.library = library;
  }

  @Override
  protected Page<Shelf> page(long offset, int limit) {
    return library.shelves(offset, limit);
  }

  /** The books of one shelf, 2 to a page by default. */
  @GetMapping("/{shelfId}/books")
  @Paginated(maxLimit = 10)
  public Page<Book> books(
      @PathVariable long shelfId,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "2") int limit) {
    return library.books(library.shelf(shelfId).id(), offset, limit);
  }

  @GetMapping("/{shelfId}/books/{bookId}")
  public Book book(@PathVariable long shelfId, @PathVariable long bookId) {
    return library.book(library.shelf(shelfId).id(), bookId);
  }

  @PostMapping(path = "/{shelfId}/books", consumes = MediaType.APPLICATION_JSON_VALUE)
  public long addBook(@PathVariable long shelfId, @RequestBody @Valid NewBook book) {
    return library.addBook(library.shelf(shelfId).id(), book.title());
  }
}
