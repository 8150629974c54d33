package com.example.board;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/columns")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class ColumnResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Card> cards(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("10") int perPage) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{id}")
  public Card top(@PathParam("id") long id) {
    return null;
  }

  @GET
  @Path("names")
  public List<String> names() {
    return List.of();
  }
}
