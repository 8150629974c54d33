package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
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

/**
 * The three payloads, wrapped at run time in the status envelope by {@link StatusResponseFilter}.
 */
@Path("/runtime/status/items")
@Produces(MediaType.APPLICATION_JSON)
@Wrapped(Style.STATUS)
public class RuntimeStatusItemResource extends ItemEndpoints {

  public RuntimeStatusItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paged(defaultLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("300") int perPage) {
    return payloads.page((page - 1) * perPage, perPage);
  }
}
