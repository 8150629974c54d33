package com.example;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;

@Path("/items")
@Enveloped
public class ItemResource<T> {

  private final List<T> items = new ArrayList<>();

  @GET
  public List<T> list() {
    return items;
  }
}
