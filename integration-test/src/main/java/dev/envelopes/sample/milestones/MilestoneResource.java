package dev.envelopes.sample.milestones;

import dev.envelopes.Enveloped;
import dev.envelopes.Unenveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;

/**
 * The roadmap's milestones, answered in the meta envelope, with two methods that opt out of it, a
 * CSV download and a plain-text health check.
 */
@Path("/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Enveloped
public class MilestoneResource {

  /**
   * One milestone, found on another thread and waited for; an unknown id fails the future with
   * {@link MilestoneNotFound}, which {@code join} throws wrapped in a {@code CompletionException}
   * and which is answered as if the method had thrown it itself.
   *
   * <p>The sample's server (the JDK's, through Jersey) cannot suspend a request, so the sample waits
   * here; a method that returns the {@code CompletionStage} itself answers the same on a container
   * that can.
   */
  @GET
  @Path("{id}")
  public Milestone get(@PathParam("id") long id) {
    return CompletableFuture.supplyAsync(() -> Roadmap.find(id)).join();
  }

  /** The milestone as a CSV file: answered exactly as returned, its errors still enveloped. */
  @GET
  @Path("{id}/export")
  @Produces("text/csv")
  @Unenveloped
  public Response export(@PathParam("id") long id) {
    Milestone milestone = Roadmap.find(id);
    String csv = "id,name,done\n%d,%s,%s\n".formatted(milestone.id(), milestone.name(), milestone.done());
    return Response.ok(csv, "text/csv")
        .header("Content-Disposition", "attachment; filename=\"milestone-" + id + ".csv\"")
        .build();
  }

  /** What a load balancer reads: plain text, no envelope. */
  @GET
  @Path("health")
  @Produces(MediaType.TEXT_PLAIN)
  @Unenveloped
  public String health() {
    return "ok";
  }
}
