package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.ItemEndpoints;
import dev.envelopes.bench.items.Payloads;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The three payloads, wrapped at run time in the meta envelope by {@link ApiResponseFilter}. */
@Path("/runtime/meta/items")
@Produces(MediaType.APPLICATION_JSON)
@Wrapped
public class RuntimeItemResource extends ItemEndpoints {

  public RuntimeItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paged(defaultLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(offset, limit);
  }
}
