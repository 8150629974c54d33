package com.example.shop;

import dev.envelopes.ApiError;

/** The shop has no order with the id a request names. */
@ApiError(status = 404, code = 1404, message = "Order not found")
public class OrderNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OrderNotFound(long id) {
    super("Order " + id + " does not exist.");
  }
}
