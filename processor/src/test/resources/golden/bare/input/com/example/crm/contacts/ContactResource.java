package com.example.crm.contacts;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/contacts")
@Enveloped
public class ContactResource {

  @GET
  @Paginated(maxLimit = 100)
  public Page<Contact> list(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return new Page<>(List.of(), 0);
  }

  @GET
  @Path("{id}")
  public Contact get(@PathParam("id") UUID id) {
    throw new ContactNotFound();
  }

  @GET
  @Path("lookup")
  public Optional<Contact> lookup(@QueryParam("email") String email) {
    return Optional.empty();
  }

  @GET
  @Path("search")
  public List<Contact> search(@QueryParam("name") String name) {
    return List.of();
  }

  @GET
  @Path("initials")
  public char[] initials() {
    return new char[0];
  }

  @POST
  public UUID create(Contact contact) {
    return contact.contactId();
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") UUID id, Contact contact) {}

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") UUID id) {}
}
