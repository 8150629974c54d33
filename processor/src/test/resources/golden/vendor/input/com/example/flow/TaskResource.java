package com.example.flow;

import dev.envelopes.Cursor;
import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import dev.envelopes.Style;
import dev.envelopes.Views;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/tasks")
@Enveloped
@EnvelopeStyle(Style.VENDOR)
public class TaskResource {

  @GET
  @Paginated(maxLimit = 100)
  @Views({"upcoming", "overdue"})
  @Include(name = "accounts", type = Account.class)
  public Related<Page<Task>> list(
      @QueryParam("organization_id") long organizationId,
      @QueryParam("view") @DefaultValue("default") String view,
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    return Related.of(new Page<Task>(List.of(), 0)).with("accounts", List.of());
  }

  @GET
  @Path("{id}")
  public Task get(@PathParam("id") long id) {
    throw new TaskNotFound();
  }

  @POST
  public long create(Task task) {
    return task.id();
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") long id, Task task) {}
}
