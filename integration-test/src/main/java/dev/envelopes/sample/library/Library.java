package dev.envelopes.sample.library;

import dev.envelopes.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The library in memory: shelves, the books on each, and authors. */
public final class Library {

  private final List<Shelf> shelves = new ArrayList<>();
  private final Map<Long, List<Book>> books = new TreeMap<>();
  private final List<Author> authors = new ArrayList<>();
  private long lastBookId;

  /** Three shelves, the second with three books, and two authors. */
  public static Library seeded() {
    Library library = new Library();
    for (String name : List.of("Fiction", "Science", "History")) {
      library.shelves.add(new Shelf(library.shelves.size() + 1, name));
      library.books.put((long) library.shelves.size(), new ArrayList<>());
    }
    library.addBook(2, "A Brief History of Time");
    library.addBook(2, "The Selfish Gene");
    library.addBook(2, "Cosmos");
    library.authors.add(new Author(1, "Carl Sagan"));
    library.authors.add(new Author(2, "Richard Dawkins"));
    return library;
  }

  synchronized Page<Shelf> shelves(long offset, int limit) {
    return page(shelves, offset, limit);
  }

  synchronized Shelf shelf(long id) {
    return shelves.stream()
        .filter(shelf -> shelf.id() == id)
        .findFirst()
        .orElseThrow(() -> new ShelfNotFound(id));
  }

  synchronized Page<Book> books(long shelfId, long offset, int limit) {
    return page(books.get(shelfId), offset, limit);
  }

  synchronized Book book(long shelfId, long bookId) {
    return books.get(shelfId).stream()
        .filter(book -> book.id() == bookId)
        .findFirst()
        .orElseThrow(() -> new BookNotFound(shelfId, bookId));
  }

  synchronized long addBook(long shelfId, String title) {
    Book book = new Book(++lastBookId, title);
    books.get(shelfId).add(book);
    return book.id();
  }

  synchronized List<Author> authors(String name) {
    return authors.stream().filter(author -> author.name().contains(name)).toList();
  }

  synchronized Author author(long id) {
    return authors.stream()
        .filter(author -> author.id() == id)
        .findFirst()
        .orElseThrow(() -> new AuthorNotFound(id));
  }

  private static <T> Page<T> page(List<T> records, long offset, int limit) {
    int from = (int) Math.min(offset, records.size());
    int to = (int) Math.min(from + (long) limit, records.size());
    return new Page<>(List.copyOf(records.subList(from, to)), records.size());
  }
}
