package org.billing;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/invoices")
@Enveloped
public class InvoiceResource {

  @GET
  public List<String> list() {
    return List.of();
  }
}
