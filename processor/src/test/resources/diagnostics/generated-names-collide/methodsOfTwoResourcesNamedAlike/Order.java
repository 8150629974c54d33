package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/orders")
@Enveloped
public class Order {

  @GET
  @Path("lines")
  public Project lineItems() {
    return new Project(1, "Apollo");
  }
}
