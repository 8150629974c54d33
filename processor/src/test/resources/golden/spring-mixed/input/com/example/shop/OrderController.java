package com.example.shop;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders, in the meta envelope, the API's default, but for two methods that choose the bare
 * style: the count, and the label, which always fails.
 */
@RestController
@RequestMapping("/orders")
@Enveloped
public class OrderController {

  private static final List<Order> ORDERS = List.of(new Order(1, "tea"), new Order(2, "cake"));

  /** One order; {@link OrderNotFound} when there is none. */
  @GetMapping("/{id}")
  public Order get(@PathVariable long id) {
    return ORDERS.stream()
        .filter(order -> order.id() == id)
        .findFirst()
        .orElseThrow(() -> new OrderNotFound(id));
  }

  /** How many orders there are: the bare number. */
  @GetMapping("/count")
  @EnvelopeStyle(Style.BARE)
  public long count() {
    return ORDERS.size();
  }

  /** The label printer is out of order: it always fails, in the bare style. */
  @GetMapping("/{id}/label")
  @EnvelopeStyle(Style.BARE)
  public String label(@PathVariable long id) {
    get(id);
    throw new IllegalStateException("label printer lp0 is on fire");
  }
}
