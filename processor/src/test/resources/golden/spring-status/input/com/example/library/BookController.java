package com.example.library;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The books of a library in the status envelope, as the API's other answers: without a store. */
@RestController
@RequestMapping("/books")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class BookController {

  /** Three books; book 2 is on loan. */
  private static final List<Book> BOOKS =
      List.of(new Book(1, "Dune"), new Book(2, "Emma"), new Book(3, "Ulysses"));

  /** The books, two to a page by default. */
  @GetMapping
  @Paginated(maxLimit = 20)
  public Page<Book> list(
      @RequestParam(defaultValue = "1") long page,
      @RequestParam(name = "per_page", defaultValue = "2") int perPage) {
    int from = (int) Math.min((page - 1) * perPage, BOOKS.size());
    return new Page<>(BOOKS.subList(from, Math.min(from + perPage, BOOKS.size())), BOOKS.size());
  }

  /** One book; {@link BookNotFound} (declared by its {@code @ApiError}) when there is none. */
  @GetMapping("/{id}")
  public Book get(@PathVariable long id) {
    return BOOKS.stream()
        .filter(book -> book.id() == id)
        .findFirst()
        .orElseThrow(() -> new BookNotFound(id));
  }

  /** The book of that title, if there is one: {@code data} is {@code null} when not. */
  @GetMapping("/by-title")
  public Optional<Book> byTitle(@RequestParam String title) {
    return BOOKS.stream().filter(book -> book.title().equals(title)).findFirst();
  }

  /** One book, found on another thread: the envelope wraps what the future completes with. */
  @GetMapping("/{id}/later")
  public CompletableFuture<Book> later(@PathVariable long id) {
    return CompletableFuture.supplyAsync(() -> get(id));
  }

  /** The titles: a list. */
  @GetMapping("/titles")
  public List<String> titles() {
    return BOOKS.stream().map(Book::title).toList();
  }

  /** Adds a book and answers its id: 201 with a {@code Location}. */
  @PostMapping
  public long create(@Valid @RequestBody Book book) {
    return BOOKS.size() + 1;
  }

  /** Renames a book: 200 with {@code null} data. */
  @PutMapping("/{id}")
  public void update(@PathVariable long id, @Valid @RequestBody Book book) {
    get(id);
  }

  /** Removes a book: {@link BookOnLoan}, a 422 failure, for the book on loan. */
  @DeleteMapping("/{id}")
  public void delete(@PathVariable long id) {
    if (get(id).id() == 2) {
      throw new BookOnLoan();
    }
  }

  /** Asks for a book to be held: a {@code ResponseEntity} whose status and headers are kept. */
  @PostMapping("/{id}/holds")
  public ResponseEntity<Book> hold(@PathVariable long id) {
    return ResponseEntity.accepted().header("Retry-After", "60").body(get(id));
  }

  /** Reserves copies of a book: a header that is no number is a 422 failure naming it. */
  @PostMapping("/{id}/reservations")
  public void reserve(@PathVariable long id, @RequestHeader("X-Copies") int copies) {
    get(id);
  }

  /** Exports the books, which this library cannot do: 503, as the API maps it. */
  @GetMapping("/export")
  public List<Book> export() {
    throw new UnsupportedOperationException("no exporter at https://internal/?key=s3cr3t");
  }

  /** Fails with an exception nothing declares: a 500 that says nothing about it. */
  @GetMapping("/{id}/scan")
  public String scan(@PathVariable long id) {
    throw new IllegalStateException("scanner at https://internal/?key=s3cr3t");
  }
}
