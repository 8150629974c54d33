package dev.envelopes.bench.generated;

import dev.envelopes.Cursor;
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
import jakarta.ws.rs.QueryParam;

/**
 * The three payloads as the vendor API that Envelopes generates answers them, paged by a signed
 * cursor.
 */
@Path("/generated/vendor/items")
@Enveloped
@EnvelopeStyle(Style.VENDOR)
public class VendorItemResource extends ItemEndpoints {

  public VendorItemResource(Payloads payloads) {
    super(payloads);
  }

  @GET
  @Path("page")
  @Paginated(maxLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(cursor.offset(), limit);
  }
}
