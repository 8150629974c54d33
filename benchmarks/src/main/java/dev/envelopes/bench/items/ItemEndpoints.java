package dev.envelopes.bench.items;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * The single record and the list, as every benchmarked resource answers them, generated or runtime
 * and in every style; each subclass names its side and style and adds the page in the style's own
 * paging parameters. Jakarta REST serves the inherited methods, and Envelopes envelopes them.
 */
public abstract class ItemEndpoints {

  protected final Payloads payloads;

  protected ItemEndpoints(Payloads payloads) {
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
}
