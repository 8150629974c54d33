package dev.envelopes.sample.library;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The authors of the library. Its resource methods take their Jakarta REST annotations from {@link
 * AuthorApi}, as the specification's annotation inheritance lets them; the class's own {@code
 * @Path} must be on the class itself.
 */
@Path("/authors")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
public class AuthorResource implements AuthorApi {

  private final Library library;

  public AuthorResource(Library library) {
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
