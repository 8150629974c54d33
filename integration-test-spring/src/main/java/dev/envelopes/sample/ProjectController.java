package dev.envelopes.sample;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The projects of the sample API, each answer in the meta envelope; as {@code ProjectResource}. */
@RestController
@RequestMapping(path = "/projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class ProjectController {

  private final SampleStore store;
  private final ReportService reports;

  ProjectController(SampleStore store, ReportService reports) {
    this.store = store;
    this.reports = reports;
  }

  /**
   * The projects, 25 to a page by default, sorted by {@code id} or {@code name}, only those of
   * {@code owner} when it is given.
   */
  @GetMapping
  @Paginated(maxLimit = 100)
  public Page<Project> list(
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(defaultValue = "25") int limit,
      @RequestParam(required = false) String owner,
      @RequestParam(defaultValue = "id") String sort) {
    return store.projects(owner, ProjectOrder.parse(sort), offset, limit);
  }

  @GetMapping("/{id}")
  public Project get(@PathVariable long id) {
    return store.project(id);
  }

  /** Creates a project and answers its id; the name must be unused. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public long create(@RequestBody @Valid NewProject project) {
    return store.addProject(project.name(), project.owner()).id();
  }

  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public void rename(@PathVariable long id, @RequestBody @Valid ProjectChanges changes) {
    store.rename(id, changes.name());
  }

  /** Deletes a project; only its owner may. */
  @DeleteMapping("/{id}")
  public void delete(
      @PathVariable long id, @RequestHeader(name = "X-Api-Key", required = false) String apiKey) {
    String user = store.userOf(apiKey).orElseThrow(MissingApiKey::new);
    if (!store.project(id).owner().equals(user)) {
      throw new NotProjectOwner(user, id);
    }
    store.delete(id);
  }

  /** Starts an export of the project; a project can be exported once a minute. */
  @PostMapping("/{id}/exports")
  public Export export(@PathVariable long id) {
    return new Export(id, store.export(id).toString());
  }

  /** A summary from the reporting database. */
  @GetMapping("/{id}/report")
  public String report(@PathVariable long id) {
    return reports.summarize(store.project(id));
  }
}
