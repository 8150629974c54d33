package com.example.crm;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/orders")
@Enveloped
public class OrderResource {

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    return "order " + id;
  }

  @GET
  @Path("{id}/status")
  @EnvelopeStyle(Style.BARE)
  public String status(@PathParam("id") long id) {
    return "open";
  }
}
