package com.example.library;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;

@Path("/books")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class BookResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Book> list(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("10") int perPage) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{id}")
  public Book get(@PathParam("id") long id) {
    throw new BookNotFound();
  }

  @GET
  @Path("by-title")
  public Optional<Book> byTitle(@QueryParam("title") String title) {
    return Optional.empty();
  }

  @GET
  @Path("titles")
  public List<String> titles() {
    return List.of();
  }

  @POST
  public long create(Book book) {
    return book.id();
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    throw new BookOnLoan();
  }
}
