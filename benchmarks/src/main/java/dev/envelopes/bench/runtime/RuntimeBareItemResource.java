package dev.envelopes.bench.runtime;

import dev.envelopes.Cursor;
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

/** The three payloads, answered at run time in the bare style by {@link BareResponseFilter}. */
@Path("/runtime/bare/items")
@Produces(MediaType.APPLICATION_JSON)
@Wrapped(Style.BARE)
public class RuntimeBareItemResource extends ItemEndpoints {

  public RuntimeBareItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paged(defaultLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("cursor") @DefaultValue("") String cursor,
      @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(Cursor.valueOf(cursor).offset(), limit);
  }
}
