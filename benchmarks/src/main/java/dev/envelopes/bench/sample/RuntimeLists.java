package dev.envelopes.bench.sample;

import dev.envelopes.Cursor;
import dev.envelopes.Page;
import dev.envelopes.Related;
import dev.envelopes.Style;
import dev.envelopes.bench.runtime.Paged;
import dev.envelopes.bench.runtime.VendorQuery;
import dev.envelopes.bench.runtime.Wrapped;
import dev.envelopes.sample.flow.FlowList;
import dev.envelopes.sample.flow.ListResource;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The runtime twin of the sample's {@link ListResource}: its page (with views and side-loaded
 * owners) and single list, answered as the vendor API by the runtime filters, which also take off
 * the {@code /v2} prefix and check the query.
 */
@Path("/lists")
@Wrapped(Style.VENDOR)
public class RuntimeLists {

  private final ListResource lists;

  RuntimeLists(ListResource lists) {
    this.lists = lists;
  }

  @GET
  @Paged(defaultLimit = 2)
  @VendorQuery(
      views = {"upcoming", "overdue"},
      includes = "accounts")
  public Related<Page<FlowList>> list(
      @QueryParam("workspace_id") @NotNull Long workspaceId,
      @QueryParam("view") @DefaultValue("default") String view,
      @QueryParam("cursor") @DefaultValue("") String cursor,
      @QueryParam("limit") @DefaultValue("2") int limit) {
    return lists.list(workspaceId, view, Cursor.valueOf(cursor), limit);
  }

  @GET
  @Path("{id}")
  public FlowList get(@PathParam("id") long id) {
    return lists.get(id);
  }
}
