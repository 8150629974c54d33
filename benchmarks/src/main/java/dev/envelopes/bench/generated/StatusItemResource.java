package dev.envelopes.bench.generated;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.ItemEndpoints;
import dev.envelopes.bench.items.Payloads;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The three payloads in the status envelope that Envelopes generates, paged by page number. */
@Path("/generated/status/items")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class StatusItemResource extends ItemEndpoints {

  public StatusItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paginated(maxLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("300") int perPage) {
    return payloads.page((page - 1) * perPage, perPage);
  }
}
