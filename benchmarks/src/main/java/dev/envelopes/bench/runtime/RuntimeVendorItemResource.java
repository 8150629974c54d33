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
import jakarta.ws.rs.QueryParam;

/** The three payloads, answered at run time as the vendor API, by {@link VendorResponseFilter}. */
@Path("/runtime/vendor/items")
@Wrapped(Style.VENDOR)
public class RuntimeVendorItemResource extends ItemEndpoints {

  public RuntimeVendorItemResource(Payloads payloads) {
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
