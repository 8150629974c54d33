package com.example;

import dev.envelopes.Cursor;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/audit")
public class AuditResource {
  @GET
  public List<String> list(@QueryParam("cursor") @DefaultValue("") Cursor cursor) {
    return List.of();
  }
}
