package com.example.orders;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Only one of its methods is enveloped; the other answers as Jakarta REST always does. */
@Path("/orders/{orderId}/invoices")
public class InvoiceResource {

  @POST
  @Enveloped
  public long issue(@PathParam("orderId") String orderId) {
    return 1;
  }

  @GET
  public String legacyListing(@PathParam("orderId") String orderId) {
    return "";
  }
}
