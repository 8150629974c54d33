package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public class Shop {

  @Path("/shop/items")
  @Enveloped
  public static class Items {

    @GET
    public Project get() {
      return new Project(1, "Apollo");
    }
  }
}
