package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/shop-items")
@Enveloped
public class Shop_Items {

  @GET
  public Project get() {
    return new Project(2, "Gemini");
  }
}
