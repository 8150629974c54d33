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
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vendor case's resource as a Spring MVC controller: a page with views and includes. */
@RestController
@RequestMapping("/tasks")
@Enveloped
@EnvelopeStyle(Style.VENDOR)
public class TaskController {

  /** Three tasks and their one owner; no task can be found by id. */
  private static final List<Task> TASKS =
      List.of(
          new Task(1, "plan", LocalDate.of(2026, 1, 2)),
          new Task(2, "build", LocalDate.of(2026, 1, 3)),
          new Task(3, "ship", LocalDate.of(2026, 1, 4)));

  @GetMapping
  @Paginated(maxLimit = 100)
  @Views({"upcoming", "overdue"})
  @Include(name = "accounts", type = Account.class)
  public Related<Page<Task>> list(
      @RequestParam("organization_id") long organizationId,
      @RequestParam(defaultValue = "default") String view,
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "25") int limit) {
    int from = (int) Math.min(cursor.offset(), TASKS.size());
    List<Task> page = TASKS.subList(from, Math.min(from + limit, TASKS.size()));
    return Related.of(new Page<>(page, TASKS.size()))
        .with("accounts", List.of(new Account(organizationId, "owner")));
  }

  @GetMapping("/{id}")
  public Task get(@PathVariable long id) {
    throw new TaskNotFound();
  }

  @PostMapping
  public long create(@RequestBody Task task) {
    return task.id();
  }

  @PutMapping("/{id}")
  public void update(@PathVariable long id, @RequestBody Task task) {}
}
