package com.example.orders;

import dev.envelopes.Enveloped;
import jakarta.validation.Valid;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

@Path("/orders")
@Enveloped
public class OrderResource {

  @POST
  public UUID create(@Valid NewOrder order) {
    return UUID.randomUUID();
  }

  @POST
  @Path("batch")
  public List<UUID> createBatch(List<@Valid NewOrder> orders) {
    return List.of();
  }

  @PUT
  @Path("{id}")
  public Order replace(@PathParam("id") UUID id, @Valid NewOrder order) {
    return new Order(id, order.customer(), order.quantity());
  }

  @PATCH
  @Path("{id}")
  public void changeQuantity(@PathParam("id") UUID id, int quantity) {}

  @DELETE
  @Path("{id}")
  public void cancel(@PathParam("id") UUID id) {}
}
