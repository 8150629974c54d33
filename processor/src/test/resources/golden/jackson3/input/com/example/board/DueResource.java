package com.example.board;

import dev.envelopes.Cursor;
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

@Path("/dues")
@Enveloped
@EnvelopeStyle(Style.VENDOR)
public class DueResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Due> list(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{id}")
  public Due get(@PathParam("id") long id) {
    return null;
  }

  @GET
  @Path("labels")
  public List<Label> labels() {
    return List.of();
  }
}
