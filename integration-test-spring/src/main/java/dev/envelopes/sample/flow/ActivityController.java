package dev.envelopes.sample.flow;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Include;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Related;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What happened on the lists, as the Flow API answers it: {@code /activities}; as {@code
 * ActivityResource}. Its records hold dates and times of every common kind, which the vendor style
 * writes as ISO-8601.
 */
@RestController
@RequestMapping("/activities")
@Enveloped
public class ActivityController {

  /** The activities, oldest first, with their members when the request includes them. */
  @GetMapping
  @Paginated(maxLimit = 50)
  @Include(name = "members", type = Member.class)
  public Related<Page<Activity>> list(
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "1") int limit) {
    return ActivityLog.page(cursor.offset(), limit);
  }

  /** The latest activities, newest first. */
  @GetMapping("/latest")
  public List<Activity> latest() {
    return ActivityLog.latest();
  }

  @GetMapping("/{id}")
  public Activity get(@PathVariable long id) {
    return ActivityLog.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
