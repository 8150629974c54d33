package dev.envelopes.bench.spring.api;

import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.items.Payloads;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controller both sides serve, the same class: the generated side with the glue Envelopes
 * generated for it, the runtime side with the hand-written {@code ResponseBodyAdvice} wrapper.
 * Its answers are the Jakarta benchmarks' payloads.
 */
@RestController
@RequestMapping("/items")
@Enveloped
public class ItemController {

  private final Payloads payloads = new Payloads();

  /** One item; {@link ItemNotFound} when there is none. */
  @GetMapping("/{id}")
  public Item item(@PathVariable long id) {
    Item item = payloads.byId(id);
    if (item == null) {
      throw new ItemNotFound(id);
    }
    return item;
  }

  /** The 25 first items: a list. */
  @GetMapping("/first")
  public List<Item> first() {
    return payloads.list();
  }

  /** A page of the items, 25 by default. */
  @GetMapping
  @Paginated(maxLimit = 300)
  public Page<Item> page(
      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "25") int limit) {
    return payloads.page(offset, limit);
  }

  /** Adds an item and answers its id: 201 with its {@code Location}. */
  @PostMapping
  public long create(@RequestBody NewItem item) {
    return Payloads.TOTAL + 1;
  }
}
