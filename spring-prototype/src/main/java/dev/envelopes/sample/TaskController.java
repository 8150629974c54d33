package dev.envelopes.sample;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tasks of a project in the meta envelope: the Jersey sample's TaskResource, on Spring MVC. */
@RestController
@RequestMapping("/projects/{projectId}/tasks")
@Enveloped
public class TaskController {

  private final TaskStore store;

  TaskController(TaskStore store) {
    this.store = store;
  }

  /** The project's tasks, 10 to a page by default, only those done or not when given. */
  @GetMapping
  @Paginated(maxLimit = 50)
  public Page<Task> list(
      @PathVariable long projectId,
      @RequestParam(required = false) Boolean done,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "10") int limit) {
    return store.tasks(projectId, done, offset, limit);
  }

  /** One task; {@link TaskNotFound} (declared by its {@code @ApiError}) when there is none. */
  @GetMapping("/{taskId}")
  public Task get(@PathVariable long projectId, @PathVariable long taskId) {
    return store.task(projectId, taskId);
  }

  /** One task, found on another thread: the envelope wraps what the future completes with. */
  @GetMapping("/{taskId}/later")
  public CompletableFuture<Task> later(@PathVariable long projectId, @PathVariable long taskId) {
    return CompletableFuture.supplyAsync(() -> store.task(projectId, taskId));
  }

  /**
   * A task's title, as a {@code String}: Spring would pick its {@code StringHttpMessageConverter}
   * from this declared type, which cannot write the envelope.
   */
  @GetMapping("/{taskId}/title")
  public String title(@PathVariable long projectId, @PathVariable long taskId) {
    return store.task(projectId, taskId).title();
  }

  /** Adds a task and answers its id: 201 with a {@code Location}. */
  @PostMapping
  public long create(@PathVariable long projectId, @Valid @NotNull @RequestBody NewTask task) {
    return store.addTask(projectId, task.title()).id();
  }

  /**
   * Marks a task done or not: 200 with its {@code Location} and no data. The body has no constraint
   * of the method's own, so Spring reports it with {@code MethodArgumentNotValidException}.
   */
  @PatchMapping("/{taskId}")
  public void update(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @Valid @RequestBody TaskChanges changes) {
    store.markDone(projectId, taskId, changes.done());
  }

  /**
   * Asks for a reminder about a task: a {@code ResponseEntity} whose status (202) and headers the
   * envelope keeps, its body enveloped.
   */
  @PostMapping("/{taskId}/reminders")
  public ResponseEntity<Task> remind(@PathVariable long projectId, @PathVariable long taskId) {
    return ResponseEntity.accepted()
        .header("Retry-After", "60")
        .body(store.task(projectId, taskId));
  }

  /** Fails with an exception no {@code @ApiError} declares, whose message must not leak. */
  @GetMapping("/report")
  public String report(@PathVariable long projectId) {
    throw new IllegalStateException(
        "jdbc:postgresql://reports.internal/db?password=s3cr3t is down for project " + projectId);
  }
}
