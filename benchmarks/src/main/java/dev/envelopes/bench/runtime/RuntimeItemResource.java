package dev.envelopes.bench.runtime;

import dev.envelopes.Page;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.Payloads;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The same three payloads as the generated side's, wrapped at run time by {@link
 * ApiResponseFilter}.
 */
@Path("/runtime/items")
@Produces(MediaType.APPLICATION_JSON)
@Wrapped
public class RuntimeItemResource {

  private final Payloads payloads;

  public RuntimeItemResource(Payloads payloads) {
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
  @Paged(defaultLimit = Payloads.PAGE_LIMIT)
  public Page<Item> page(
      @QueryParam("offset") long offset, @QueryParam("limit") @DefaultValue("300") int limit) {
    return payloads.page(offset, limit);
  }
}
