package com.example.accounts;

import dev.envelopes.Enveloped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.Optional;

@Path("/accounts")
@Enveloped
public class AccountResource {

  @GET
  @Path("{id}")
  public Account get(@PathParam("id") long id, @HeaderParam("X-Tenant") String tenant) {
    return new Account(id, tenant);
  }

  @GET
  @Path("by-holder/{holder}")
  public Optional<Account> byHolder(@PathParam("holder") String holder) {
    return Optional.empty();
  }

  @GET
  @Path("count")
  public int count() {
    return 0;
  }

  @GET
  @Path("{id}/holder")
  public String holder(@PathParam("id") long id) {
    return "";
  }

  @GET
  @Path("balances")
  public Map<String, Long> balances() {
    return Map.of();
  }

  /** Not a resource method: no HTTP method, so not enveloped. */
  public String describe() {
    return "accounts";
  }
}
