package dev.envelopes.bench.generated;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.ItemEndpoints;
import dev.envelopes.bench.items.Payloads;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The three payloads, answered in the meta envelope that Envelopes generates. */
@Path("/generated/meta/items")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
public class ItemResource extends ItemEndpoints {

  public ItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paginated(maxLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(offset, limit);
  }
}
