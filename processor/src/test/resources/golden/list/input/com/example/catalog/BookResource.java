package com.example.catalog;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;

@Path("/books")
@Enveloped
public class BookResource {

  @GET
  @Paginated(maxLimit = 300)
  public Page<Book> list(
      @QueryParam("offset") long offset,
      @QueryParam("limit") @DefaultValue("25") int limit,
      @QueryParam("author") String author) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("search")
  @Paginated(maxLimit = 50)
  public Page<List<String>> search(
      @QueryParam("q") String query,
      @QueryParam("offset") int offset,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("classics")
  public List<Book> classics() {
    return List.of();
  }

  @GET
  @Path("shelf")
  public Book[] shelf() {
    return new Book[0];
  }

  @GET
  @Path("genres")
  public Set<String> genres() {
    return Set.of();
  }
}
