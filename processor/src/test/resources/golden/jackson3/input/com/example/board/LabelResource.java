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

@Path("/labels")
@Enveloped
@EnvelopeStyle(Style.BARE)
public class LabelResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Label> list(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{name}")
  public Label get(@PathParam("name") String name) {
    return null;
  }

  @GET
  @Path("pinned")
  public List<Label> pinned() {
    return List.of();
  }
}
