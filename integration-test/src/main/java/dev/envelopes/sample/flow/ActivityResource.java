package dev.envelopes.sample.flow;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * What happened on the lists, as the Flow API answers it: {@code /activities}. Its records hold
 * dates and times of every common kind, which the vendor style writes as ISO-8601.
 */
@Path("/activities")
@Enveloped
public class ActivityResource {

  /** The activities, oldest first, with their members when the request includes them. */
  @GET
  @Paginated(maxLimit = 50)
  @Include(name = "members", type = Member.class)
  public Related<Page<Activity>> list(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("1") int limit) {
    return ActivityLog.page(cursor.offset(), limit);
  }

  /** The latest activities, newest first. */
  @GET
  @Path("latest")
  public List<Activity> latest() {
    return ActivityLog.latest();
  }

  @GET
  @Path("{id}")
  public Activity get(@PathParam("id") long id) {
    return ActivityLog.find(id).orElseThrow(NotFoundException::new);
  }
}
