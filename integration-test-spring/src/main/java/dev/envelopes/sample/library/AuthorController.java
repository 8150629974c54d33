package dev.envelopes.sample.library;

import dev.envelopes.Enveloped;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authors of the library; as {@code AuthorResource}. Its handler methods take their mappings
 * from {@link AuthorMappings}; the class's own path is on the class itself.
 */
@RestController
@RequestMapping(path = "/authors", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class AuthorController implements AuthorMappings {

  private final Library library;

  public AuthorController(Library library) {
    this.library = library;
  }

  @Override
  public List<Author> list(String name) {
    return library.authors(name);
  }

  @Override
  public Author get(long id) {
    return library.author(id);
  }
}
