package dev.envelopes.sample.milestones;

import dev.envelopes.Enveloped;
import dev.envelopes.Unenveloped;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roadmap's milestones, answered in the meta envelope, with two methods that opt out of it, a
 * CSV download and a plain-text health check; as {@code MilestoneResource}.
 */
@RestController
@RequestMapping(path = "/milestones", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class MilestoneController {

  /**
   * One milestone, found on another thread: Tomcat suspends the request until the future ends. An
   * unknown id fails the future with {@link MilestoneNotFound}, which is answered as if the method
   * had thrown it itself. (The Jersey sample joins the future itself: its server cannot suspend.)
   */
  @GetMapping("/{id}")
  public CompletableFuture<Milestone> get(@PathVariable long id) {
    return CompletableFuture.supplyAsync(() -> Roadmap.find(id));
  }

  /** The milestone as a CSV file: answered exactly as returned, its errors still enveloped. */
  @GetMapping(path = "/{id}/export", produces = "text/csv")
  @Unenveloped
  public ResponseEntity<String> export(@PathVariable long id) {
    Milestone milestone = Roadmap.find(id);
    String csv =
        "id,name,done\n%d,%s,%s\n".formatted(milestone.id(), milestone.name(), milestone.done());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv"))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename("milestone-" + id + ".csv").build().toString())
        .body(csv);
  }

  /** What a load balancer reads: plain text, no envelope. */
  @GetMapping(path = "/health", produces = MediaType.TEXT_PLAIN_VALUE)
  @Unenveloped
  public String health() {
    return "ok";
  }
}
