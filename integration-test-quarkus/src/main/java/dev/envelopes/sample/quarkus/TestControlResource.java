package dev.envelopes.sample.quarkus;

import dev.envelopes.sample.SampleStore;
import dev.envelopes.sample.fixtures.HostileFailure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * What the tests do in their own JVM on the other runtimes, over HTTP: add a project, move the
 * clock, make the next request fail, know that the log records of their requests have been read.
 * Answers nothing unless the system property {@value #ENABLED} is {@code true}, which only the
 * tests set.
 */
@Path("/test-control")
public class TestControlResource {

  /** The system property that turns this resource on. */
  public static final String ENABLED = "envelopes.sample.test-control";

  /** The logger of the marks of {@link #logMark}. */
  public static final String MARK_LOGGER = "dev.envelopes.sample.quarkus.LogMark";

  private static final Logger MARKS = Logger.getLogger(MARK_LOGGER);

  private final SampleStore store;

  public TestControlResource(SampleStore store) {
    this.store = store;
  }

  /**
   * Adds a project as its owner would create it; answers its id. A form, not a query: a test's
   * owner may be longer than a request line may be.
   */
  @POST
  @Path("projects")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_PLAIN)
  public String addProject(@FormParam("name") String name, @FormParam("owner") String owner) {
    enabled();
    return Long.toString(store.addProject(name, owner).id());
  }

  /** Moves the clock forward by {@code amount}, an ISO-8601 duration such as {@code PT1H}. */
  @POST
  @Path("clock")
  public void advanceClock(@QueryParam("by") String amount) {
    enabled();
    SampleClock.INSTANCE.advance(Duration.parse(amount));
  }

  /**
   * Makes the next request that reaches a resource method fail with the hostile failure named
   * {@code failure}, a constant of {@link HostileFailure}.
   */
  @POST
  @Path("sabotage")
  public void sabotage(@QueryParam("failure") String failure) {
    enabled();
    ProcessSabotage.NEXT.arm(HostileFailure.valueOf(failure));
  }

  /**
   * Logs {@code mark}, so that whoever reads the process's output knows that everything logged
   * before this request has been read once the mark has.
   */
  @POST
  @Path("log-mark")
  public void logMark(@QueryParam("mark") String mark) {
    enabled();
    MARKS.info(mark);
  }

  private static void enabled() {
    if (!Boolean.getBoolean(ENABLED)) {
      throw new NotFoundException();
    }
  }
}
