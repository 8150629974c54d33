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

  @GetMapping
  @Paginated(maxLimit = 100)
  @Views({"upcoming", "overdue"})
  @Include(name = "accounts", type = Account.class)
  public Related<Page<Task>> list(
      @RequestParam("organization_id") long organizationId,
      @RequestParam(defaultValue = "default") String view,
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "25") int limit) {
    return Related.of(new Page<Task>(List.of(), 0)).with("accounts", List.of());
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
