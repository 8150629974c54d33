package dev.envelopes.sample;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tasks of a project, answered in the meta envelope but for {@link #count}; as {@code
 * TaskResource}.
 */
@RestController
@RequestMapping(path = "/projects/{projectId}/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Enveloped
public class TaskController {

  private final SampleStore store;

  TaskController(SampleStore store) {
    this.store = store;
  }

  /**
   * The project's tasks, 10 to a page by default, only those done or not when {@code done} is
   * given.
   */
  @GetMapping
  @Paginated(maxLimit = 50)
  public Page<Task> list(
      @PathVariable long projectId,
      @RequestParam(required = false) Boolean done,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "10") int limit) {
    return store.tasks(projectId, done, offset, limit);
  }

  /**
   * How many tasks the project has, as a bare number: this one method chooses the bare style, while
   * the rest of the class answers in the meta envelope.
   */
  @GetMapping("/count")
  @EnvelopeStyle(Style.BARE)
  public long count(@PathVariable long projectId) {
    return store.tasks(projectId, null, 0, 1).total();
  }

  @GetMapping("/{taskId}")
  public Task get(@PathVariable long projectId, @PathVariable long taskId) {
    return store.task(projectId, taskId);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public long create(@PathVariable long projectId, @RequestBody @Valid NewTask task) {
    return store.addTask(projectId, task.title()).id();
  }

  @PatchMapping(path = "/{taskId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public void update(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @RequestBody @Valid TaskChanges changes) {
    store.markDone(projectId, taskId, changes.done());
  }
}
