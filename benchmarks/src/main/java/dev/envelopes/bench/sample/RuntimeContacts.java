package dev.envelopes.bench.sample;

import dev.envelopes.Cursor;
import dev.envelopes.Page;
import dev.envelopes.Style;
import dev.envelopes.bench.runtime.Paged;
import dev.envelopes.bench.runtime.Wrapped;
import dev.envelopes.sample.contacts.Contact;
import dev.envelopes.sample.contacts.ContactResource;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/**
 * The runtime twin of the sample's {@link ContactResource}: its page, single contact and search,
 * answered in the bare style by the runtime filter.
 */
@Path("/contacts")
@Wrapped(Style.BARE)
public class RuntimeContacts {

  private final ContactResource contacts;

  RuntimeContacts(ContactResource contacts) {
    this.contacts = contacts;
  }

  @GET
  @Paged(defaultLimit = 2)
  public Page<Contact> list(
      @QueryParam("cursor") @DefaultValue("") String cursor,
      @QueryParam("limit") @DefaultValue("2") int limit) {
    return contacts.list(Cursor.valueOf(cursor), limit);
  }

  @GET
  @Path("{id}")
  public Contact get(@PathParam("id") UUID id) {
    return contacts.get(id);
  }

  @GET
  @Path("search")
  public List<Contact> search(@QueryParam("name") @DefaultValue("") String name) {
    return contacts.search(name);
  }
}
