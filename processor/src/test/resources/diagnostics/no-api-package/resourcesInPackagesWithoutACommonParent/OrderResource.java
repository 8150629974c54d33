package com.shop.orders;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/orders")
@Enveloped
public class OrderResource {

  @GET
  public List<String> list() {
    return List.of();
  }
}
