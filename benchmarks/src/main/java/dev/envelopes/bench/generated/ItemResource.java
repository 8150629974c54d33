package dev.envelopes.bench.generated;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.Payloads;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The three payloads, answered in the meta envelope that Envelopes generates. */
@Path("/generated/items")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
public class ItemResource {

  private final Payloads payloads;

  public ItemResource(Payloads payloads) {
    this.payloads = payloads;
  }

  @GET
  @Path("one")
  public Item one() {
    return payloads.one();
  }

  @GET
  @Path("list")
  public List<Item> list() {
    return payloads.list();
  }

  @GET
  @Path("page")
  @Paginated(maxLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(offset, limit);
  }
}
