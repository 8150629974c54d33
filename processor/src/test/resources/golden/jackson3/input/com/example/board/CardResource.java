package com.example.board;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/cards")
@Enveloped
public class CardResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Card> list(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("25") int limit) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{id}")
  public Card get(@PathParam("id") long id) {
    return null;
  }

  @GET
  @Path("starred")
  public List<Card> starred() {
    return List.of();
  }

  @POST
  public long create(Card card) {
    return card.id();
  }
}
