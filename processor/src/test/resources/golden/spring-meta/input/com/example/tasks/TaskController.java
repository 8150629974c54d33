package com.example.tasks;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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

/** The tasks of a project in the meta envelope: the prototype's controller, without its store. */
@RestController
@RequestMapping("/projects/{projectId}/tasks")
@Enveloped
public class TaskController {

  /** Project 1 has three tasks; no other project has any. */
  private static final List<Task> TASKS =
      List.of(
          new Task(1, 1, "write the README", false),
          new Task(2, 1, "tag the release", false),
          new Task(3, 1, "announce it", true));

  /** The project's tasks, 10 to a page by default, only those done or not when given. */
  @GetMapping
  @Paginated(maxLimit = 50)
  public Page<Task> list(
      @PathVariable long projectId,
      @RequestParam(required = false) Boolean done,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "10") int limit) {
    List<Task> matching =
        TASKS.stream()
            .filter(task -> task.projectId() == projectId)
            .filter(task -> done == null || task.done() == done)
            .toList();
    return new Page<>(
        matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size())),
        matching.size());
  }

  /** One task; {@link TaskNotFound} (declared by its {@code @ApiError}) when there is none. */
  @GetMapping("/{taskId}")
  public Task get(@PathVariable long projectId, @PathVariable long taskId) {
    return TASKS.stream()
        .filter(task -> task.projectId() == projectId && task.id() == taskId)
        .findFirst()
        .orElseThrow(() -> new TaskNotFound(projectId, taskId));
  }

  /** One task, found on another thread: the envelope wraps what the future completes with. */
  @GetMapping("/{taskId}/later")
  public CompletableFuture<Task> later(@PathVariable long projectId, @PathVariable long taskId) {
    return CompletableFuture.supplyAsync(() -> get(projectId, taskId));
  }

  /** Adds a task and answers its id: 201 with a {@code Location}. */
  @PostMapping
  public long create(@PathVariable long projectId, @Valid @NotNull @RequestBody NewTask task) {
    return TASKS.size() + 1;
  }

  /** Marks a task done or not: 200 with its {@code Location} and no data. */
  @PatchMapping("/{taskId}")
  public void update(
      @PathVariable long projectId,
      @PathVariable long taskId,
      @Valid @RequestBody TaskChanges changes) {
    get(projectId, taskId);
  }

  /** Asks for a reminder: a {@code ResponseEntity} whose status and headers the envelope keeps. */
  @PostMapping("/{taskId}/reminders")
  public ResponseEntity<Task> remind(@PathVariable long projectId, @PathVariable long taskId) {
    return ResponseEntity.accepted().header("Retry-After", "60").body(get(projectId, taskId));
  }

  /** Titles of the project's tasks: a list, whose count is its size. */
  @GetMapping("/titles")
  public List<String> titles(@PathVariable long projectId) {
    return TASKS.stream().filter(task -> task.projectId() == projectId).map(Task::title).toList();
  }
}
