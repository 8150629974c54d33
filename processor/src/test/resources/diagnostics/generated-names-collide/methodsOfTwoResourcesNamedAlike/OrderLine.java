package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/order-lines")
@Enveloped
public class OrderLine {

  @GET
  @Path("items")
  public String items() {
    return "Apollo";
  }
}
